package org.gazette.enrich;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.config.TagSettings;

/**
 * Which phrases are one tag. Variants in case and diacritics already share a key; on top of that:
 * <ol>
 *   <li>an acronym that articles spell out is its expansion ({@code CAND} is {@code Công an nhân
 *       dân}), using the expansion most articles give;</li>
 *   <li>a place written with its administrative unit is the place ({@code huyện Điện Biên} is
 *       {@code Điện Biên}), but only a unit in lower case before a capitalized name: {@code Ban
 *       Chấp hành} and {@code xã hội} stay themselves;</li>
 *   <li>the synonyms of {@code site.yaml} ({@code CAND: Công an nhân dân}), which win over both and
 *       also fix how the tag is shown.</li>
 * </ol>
 * An organization that holds a place keeps its own tag ({@code Công an Điện Biên}); see {@link
 * TagAssigner} for how it may also carry the place. Resolved once per archive, after the last
 * article was added; every target phrase is interned, so every merged tag has an id and a spelling.
 */
final class CanonicalTags {
    /** Longest chain of synonyms followed; a longer one is a cycle. */
    private static final int MAX_CHAIN = 8;

    private final Map<String, String> targets;
    private final Map<String, String> forced;
    private final int[] canonicalId;
    private final PhraseTable phrases;

    private CanonicalTags(Map<String, String> targets, Map<String, String> forced, int[] canonicalId, PhraseTable phrases) {
        this.targets = targets;
        this.forced = forced;
        this.canonicalId = canonicalId;
        this.phrases = phrases;
    }

    /**
     * @param definitions per acronym key, the number of articles giving each expansion spelling
     */
    static CanonicalTags resolve(PhraseTable phrases, Map<String, Map<String, Integer>> definitions, TagSettings settings,
                                 WordList adminUnits) {
        Map<String, String> targets = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        definitions.forEach((acronym, expansions) -> {
            String best = mostGiven(expansions);
            String key = Keyphrase.keyOf(best);
            if (!key.equals(acronym)) {
                targets.put(acronym, key);
                surfaces.merge(key, best, CanonicalTags::first);
            }
        });
        mergePlaces(phrases, adminUnits, targets, surfaces);
        Map<String, String> forced = new HashMap<>();
        settings.synonyms().forEach((from, to) -> {
            String key = Keyphrase.keyOf(to);
            String fromKey = Keyphrase.keyOf(from);
            if (key.isEmpty() || fromKey.isEmpty()) return;
            if (!fromKey.equals(key)) targets.put(fromKey, key);
            forced.put(key, to.strip());
            surfaces.put(key, to.strip());
        });
        for (Map.Entry<String, String> s : surfaces.entrySet()) {
            int id = phrases.intern(s.getKey());
            if (!phrases.hasSpelling(id)) phrases.addUse(id, s.getValue());
        }
        int[] canonical = new int[phrases.size()];
        for (int id = 0; id < canonical.length; id++) canonical[id] = id;
        Map<String, String> resolved = new HashMap<>();
        for (String from : targets.keySet()) {
            String to = follow(from, targets);
            resolved.put(from, to);
            int id = phrases.find(from);
            if (id >= 0) canonical[id] = phrases.find(to);
        }
        return new CanonicalTags(resolved, forced, canonical, phrases);
    }

    /** The id of the tag that phrase {@code id} is part of (itself when it merges with nothing). */
    int of(int id) {
        return id < canonicalId.length ? canonicalId[id] : id;
    }

    /** The key of the tag that the phrase with this key is part of. */
    String key(String key) {
        return targets.getOrDefault(key, key);
    }

    /** How {@code site.yaml} says to show the tag with this key, or null. */
    String forcedSpelling(String key) {
        return forced.get(key);
    }

    int phraseCount() {
        return phrases.size();
    }

    /** Phrases of a lower-case administrative unit and a capitalized name merge into the name. */
    private static void mergePlaces(PhraseTable phrases, WordList adminUnits, Map<String, String> targets,
                                    Map<String, String> surfaces) {
        Set<String> unitStarts = new HashSet<>();
        for (String unit : adminUnits.entries()) unitStarts.add(Keyphrase.keyOf(unit).split(" ")[0] + " ");
        for (int id = 0; id < phrases.size(); id++) {
            String key = phrases.key(id);
            int space = key.indexOf(' ');
            if (space < 0 || !unitStarts.contains(key.substring(0, space + 1)) || !phrases.hasSpelling(id)) continue;
            // every spelling, not the first: which one came first depends on the threads
            for (int k = 0; k < phrases.spellingCount(id); k++) {
                String place = placeIn(phrases.spelling(id, k), adminUnits);
                if (place == null) continue;
                String placeKey = Keyphrase.keyOf(place);
                targets.put(key, placeKey);
                surfaces.merge(placeKey, place, CanonicalTags::first);
            }
        }
    }

    /** The name in {@code huyện Điện Biên}, {@code thị xã Mường Lay}; null when the spelling is not a unit and a name. */
    private static String placeIn(String spelling, WordList adminUnits) {
        String[] words = spelling.split(" ");
        for (int unit = 1; unit <= 2 && unit < words.length; unit++) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, unit));
            String rest = String.join(" ", Arrays.copyOfRange(words, unit, words.length));
            if (head.equals(head.toLowerCase(Locale.ROOT)) && adminUnits.containsLowerCase(head) && isName(rest)) return rest;
        }
        return null;
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Every word capitalized: {@code Điện Biên}, {@code Mường Pồn}. */
    static boolean isName(String spelling) {
        if (spelling.isEmpty()) return false;
        for (String w : spelling.split(" ")) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
        }
        return true;
    }

    private static String follow(String from, Map<String, String> targets) {
        Set<String> seen = new HashSet<>();
        String at = from;
        for (int i = 0; i < MAX_CHAIN && targets.containsKey(at) && seen.add(at); i++) at = targets.get(at);
        return at;
    }

    /** The expansion most articles give; on a tie the one that sorts first, so capitals win. */
    private static String mostGiven(Map<String, Integer> expansions) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : expansions.entrySet()) {
            int c = e.getValue();
            if (best == null || c > bestCount || (c == bestCount && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }
}
