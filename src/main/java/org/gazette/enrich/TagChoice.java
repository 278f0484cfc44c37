package org.gazette.enrich;

import static org.gazette.enrich.TagAssigner.ID_BITS;
import static org.gazette.enrich.TagAssigner.ID_MASK;
import static org.gazette.enrich.TagAssigner.SLOT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.gazette.config.TagSettings;
import org.gazette.text.StringHash;

/**
 * What {@link TagAssigner#assign} learns about the archive before choosing any article's tags, and
 * the choice itself: the document frequency of every tag (merged by {@link CanonicalTags}), which
 * phrases are fragments of longer ones, each article's required tags, how tags are spelled. Filled
 * by {@link #count} for every article in order, then read by {@link #select} from many threads.
 */
final class TagChoice {
    private final PhraseTable phrases;
    private final CanonicalTags canon;
    private final int articles;
    private final int minTags;
    private final int maxTags;
    private final Set<String> blocked = new HashSet<>();
    private final int[] uses;
    private final boolean[] fragment;
    /** Per article: its required tags by canonical key, with the spelling to show (null: the tag's usual one). */
    private final List<Map<String, String>> required;
    private final TagSpellings spellings;
    /** Per canonical phrase: {@link #state} for its first spelling; set by {@link #prepareContexts}. */
    private long[] firstSpellingStates;

    TagChoice(PhraseTable phrases, CanonicalTags canon, int articles, int minTags, int maxTags, TagSettings settings) {
        this.phrases = phrases;
        this.canon = canon;
        this.articles = articles;
        this.minTags = minTags;
        this.maxTags = maxTags;
        this.uses = new int[phrases.size()];
        this.fragment = new boolean[phrases.size()];
        this.required = new ArrayList<>(articles);
        this.spellings = new TagSpellings(phrases);
        for (String b : settings.blocklist()) blocked.add(Keyphrase.keyOf(b));
        for (String to : settings.synonyms().values()) {
            String key = Keyphrase.keyOf(to);
            int id = phrases.find(key);
            if (id >= 0) spellings.force(id, canon.forcedSpelling(key));
        }
    }

    /** Counts the next article's candidates and required tags; call once per article, in order. */
    void count(char[] packed, List<String> requiredTags) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : requiredTags) {
            String t = tag == null ? "" : tag.strip();
            String key = Keyphrase.keyOf(t);
            if (key.isEmpty()) continue;
            String canonical = canon.key(key);
            String forced = canon.forcedSpelling(canonical);
            tags.putIfAbsent(canonical, forced != null ? forced : canonical.equals(key) ? t : null);
        }
        required.add(tags);
        int[] ids = new int[packed.length / SLOT + tags.size()];
        int distinct = 0;
        for (int j = 0; j < packed.length / SLOT; j++) distinct = addDistinct(ids, distinct, canon.of(TagAssigner.entry(packed, j) & ID_MASK));
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            int id = phrases.find(tag.getKey());
            if (id < 0) continue;
            distinct = addDistinct(ids, distinct, id);
            if (tag.getValue() != null) spellings.addExplicit(id, tag.getValue());
        }
        for (int d = 0; d < distinct; d++) uses[ids[d]]++;
    }

    /**
     * A shared common phrase of several words is a fragment when a phrase one word longer is used
     * almost as widely ({@code ngay lập} of {@code ngay lập tức}); call after the last {@link #count}.
     */
    void markFragments() {
        int n = phrases.size();
        // finding a phrase's two shorter ones reads only the table: on every core; the counts after, in order
        int[] prefixes = new int[n];
        int[] suffixes = new int[n];
        IntStream.range(0, n).parallel().forEach(id -> {
            prefixes[id] = -1;
            suffixes[id] = -1;
            if (canon.of(id) != id) return;
            String key = phrases.key(id);
            int firstSpace = key.indexOf(' ');
            if (firstSpace < 0) return;
            prefixes[id] = phrases.find(key.substring(0, key.lastIndexOf(' ')));
            suffixes[id] = phrases.find(key.substring(firstSpace + 1));
        });
        int[] longerUses = new int[n];
        for (int id = 0; id < n; id++) {
            if (prefixes[id] >= 0) longerUses[canon.of(prefixes[id])] = Math.max(longerUses[canon.of(prefixes[id])], uses[id]);
            if (suffixes[id] >= 0) longerUses[canon.of(suffixes[id])] = Math.max(longerUses[canon.of(suffixes[id])], uses[id]);
        }
        IntStream.range(0, n).parallel().forEach(id -> {
            if (uses[id] < 2 || longerUses[id] < TagAssigner.FRAGMENT_SHARE * uses[id] || !phrases.hasSpelling(id)) return;
            // only common phrases of several words: a single word or a name stands on its own
            // next to a longer phrase holding it (Đảng, đảng viên; Điện Biên, Điện Biên Phủ)
            boolean name = false;
            for (int k = 0; k < phrases.spellingCount(id) && !name; k++) name = Character.isUpperCase(phrases.spelling(id, k).codePointAt(0));
            fragment[id] = !name && phrases.key(id).indexOf(' ') > 0;
        });
    }

    /**
     * Hashes, per phrase, what {@link #context} reads of it when an article has it in its own first
     * spelling (nearly always): done once per phrase, on every core, not once per article that has
     * it. Call after {@link #markFragments}, before {@link #context}.
     */
    void prepareContexts() {
        long[] states = new long[phrases.size()];
        IntStream.range(0, states.length).parallel().forEach(id -> {
            if (canon.of(id) == id) states[id] = state(id, 0);
        });
        firstSpellingStates = states;
    }

    /** What {@link #context} hashes of canonical phrase {@code id} in an article whose spelling is number {@code k}. */
    private long state(int id, int k) {
        long h = StringHash.combine(phrases.keyDigest(id), Float.floatToIntBits(TagAssigner.share(uses[id], articles)) << 1 | (fragment[id] ? 1 : 0));
        return StringHash.combine(h, hashOf(spellings.shown(id, k)));
    }

    /**
     * A hash of everything {@link #select} reads for one article: its required tags and how they
     * are shown; per candidate, in order, its key (and its own key when a blocklist is set), its
     * score in the article and its share across the archive, whether it is a fragment, and how it
     * is shown. Equal contexts give equal tags, so an earlier build's choice can be reused. Ids are
     * not hashed (they depend on the order files were read in): keys are.
     */
    long context(int article, char[] packed) {
        long h = StringHash.combine(StringHash.combine(0x54616773L, minTags), maxTags); // "Tags"
        for (Map.Entry<String, String> tag : required.get(article).entrySet()) {
            String shown = tag.getValue() != null ? tag.getValue() : spellings.shown(phrases.find(tag.getKey()), PhraseTable.UNKNOWN_SPELLING);
            h = StringHash.combine(StringHash.combine(h, StringHash.of(tag.getKey())), hashOf(shown));
        }
        int k = packed.length / SLOT;
        h = StringHash.combine(h, k);
        for (int j = 0; j < k; j++) {
            int entry = TagAssigner.entry(packed, j);
            int own = entry & ID_MASK;
            int id = canon.of(own);
            int spelling = id == own ? entry >>> ID_BITS : PhraseTable.UNKNOWN_SPELLING;
            h = StringHash.combine(h, spelling == 0 ? firstSpellingStates[id] : state(id, spelling));
            if (!blocked.isEmpty()) h = StringHash.combine(h, phrases.keyDigest(own));
            h = StringHash.combine(h, Float.floatToIntBits(TagAssigner.localScore(packed, j)));
        }
        return h;
    }

    private static long hashOf(String s) {
        return s == null ? 0 : StringHash.of(s);
    }

    /** The tags of one article, best first: its required tags, then the best of its candidates. */
    List<String> select(int article, char[] packed) {
        List<String> tags = new ArrayList<>();
        List<String> chosenKeys = new ArrayList<>();
        List<String> chosenShown = new ArrayList<>();
        Set<String> chosenWords = new HashSet<>();
        for (Map.Entry<String, String> tag : required.get(article).entrySet()) {
            String shown = tag.getValue() != null ? tag.getValue() : spellings.shown(phrases.find(tag.getKey()), PhraseTable.UNKNOWN_SPELLING);
            tags.add(shown);
            chosenKeys.add(tag.getKey());
            chosenShown.add(shown);
            chosenWords.addAll(Arrays.asList(tag.getKey().split(" ")));
        }
        int k = packed.length / SLOT;
        int[] ids = new int[k];
        int[] spelling = new int[k];
        float[] local = new float[k];
        String[] ownKeys = new String[k];
        boolean[] done = new boolean[k];
        float bestLocal = 0;
        for (int j = 0; j < k; j++) {
            int entry = TagAssigner.entry(packed, j);
            int own = entry & ID_MASK;
            ids[j] = canon.of(own);
            spelling[j] = ids[j] == own ? entry >>> ID_BITS : PhraseTable.UNKNOWN_SPELLING;
            local[j] = TagAssigner.localScore(packed, j);
            if (!blocked.isEmpty()) ownKeys[j] = phrases.key(own);
            // before merging: the article's strongest single phrase is the yardstick
            bestLocal = Math.max(bestLocal, local[j]);
            // a tag the article writes two ways (CAND, Công an nhân dân) is one candidate: the evidence adds up
            for (int e = 0; e < j && !done[j]; e++) {
                if (ids[e] != ids[j] || done[e]) continue;
                int keep = local[j] > local[e] ? j : e;
                int drop = keep == j ? e : j;
                local[keep] += local[drop];
                done[drop] = true;
            }
        }
        Candidates c = new Candidates(k);
        for (int j = 0; j < k; j++) {
            c.scores[j] = local[j] * TagAssigner.share(uses[ids[j]], articles);
            c.keys[j] = phrases.key(ids[j]);
            c.words[j] = c.keys[j].split(" ");
        }
        c.ids = ids;
        c.spelling = spelling;
        // A candidate's score moves only when a tag is chosen, by the words that tag adds and by
        // whether it carries the candidate as its place: counted then, not every round.
        int[] repeated = new int[k];
        boolean[] carried = new boolean[k];
        for (int j = 0; j < k; j++) {
            for (String word : c.words[j]) if (chosenWords.contains(word)) repeated[j]++;
            for (int o = 0; o < chosenKeys.size() && !carried[j]; o++) carried[j] = carries(c, j, chosenKeys.get(o), chosenShown.get(o));
        }
        for (int round = 0; round < k && tags.size() < maxTags; round++) {
            int j = best(c, done, repeated, carried);
            if (j < 0) break;
            done[j] = true;
            if (fragment[ids[j]] || blocked.contains(c.keys[j]) || (ownKeys[j] != null && blocked.contains(ownKeys[j]))) continue;
            if (tags.size() >= minTags && local[j] < TagAssigner.MIN_RELATIVE * bestLocal) continue;
            if (overlapsAny(c.keys[j], c.shown(j), chosenKeys, chosenShown)) continue;
            String shown = c.shown(j);
            chosenKeys.add(c.keys[j]);
            chosenShown.add(shown);
            List<String> added = new ArrayList<>(c.words[j].length);
            for (String word : c.words[j]) if (chosenWords.add(word)) added.add(word);
            for (int x = 0; x < k; x++) {
                if (done[x]) continue;
                for (String word : c.words[x]) if (added.contains(word)) repeated[x]++;
                if (!carried[x]) carried[x] = carries(c, x, c.keys[j], shown);
            }
            tags.add(shown);
        }
        return tags;
    }

    /** An article's candidates after merging: archive-wide score, key, its words, how it is shown. */
    private final class Candidates {
        final float[] scores;
        final String[] keys;
        final String[][] words;
        private final String[] shown;
        int[] ids;
        int[] spelling;

        Candidates(int k) {
            scores = new float[k];
            keys = new String[k];
            words = new String[k][];
            shown = new String[k];
        }

        /** Looked up only when needed: most candidates are never shown. */
        String shown(int j) {
            if (shown[j] == null) shown[j] = spellings.shown(ids[j], spelling[j]);
            return shown[j];
        }
    }

    /** Whether {@code phrase} ends with a space and then {@code words}; without building that string (this runs per candidate and tag). */
    private static boolean endsWithWords(String phrase, String words) {
        int at = phrase.length() - words.length() - 1;
        return at >= 0 && phrase.charAt(at) == ' ' && phrase.endsWith(words);
    }

    /**
     * Whether the chosen tag {@code key} (an organization) carries candidate {@code j} as the place
     * it names: then the words they share are the organization's by design and lower nothing.
     */
    private static boolean carries(Candidates c, int j, String key, String shown) {
        String candidate = c.keys[j];
        return candidate.indexOf(' ') > 0 && endsWithWords(key, candidate) && carriesPlace(key, shown, candidate, c.shown(j));
    }

    /**
     * The best candidate not yet considered, ties by key; -1 when none is left. Each word it shares
     * with a chosen tag ({@code repeated}) lowers its score, and a candidate of only such words is
     * lowered once more, unless a chosen organization carries it as its place.
     */
    private static int best(Candidates c, boolean[] done, int[] repeated, boolean[] carried) {
        int best = -1;
        float bestScore = 0;
        for (int j = 0; j < c.scores.length; j++) {
            if (done[j]) continue;
            float score = c.scores[j];
            int r = carried[j] ? 0 : repeated[j];
            for (int x = 0; x < r; x++) score *= TagAssigner.REPEATED_WORD;
            // nothing new at all (đảng after đảng viên): once more
            if (r == c.words[j].length) score *= TagAssigner.REPEATED_WORD;
            if (best < 0 || score > bestScore || (score == bestScore && c.keys[j].compareTo(c.keys[best]) < 0)) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    static boolean overlapsAny(String key, String shown, List<String> chosenKeys, List<String> chosenShown) {
        for (int c = 0; c < chosenKeys.size(); c++) {
            if (overlaps(key, shown, chosenKeys.get(c), chosenShown.get(c))) return true;
        }
        return false;
    }

    /**
     * Equal keys, or phrases of several words of which one contains the other word for word
     * ({@code dien bien phu}, {@code dien bien}). A single word is its own tag next to longer ones
     * ({@code dang}, {@code dang vien}), and so is a place next to an organization named after it
     * ({@code Điện Biên}, {@code Công an Điện Biên}).
     */
    static boolean overlaps(String a, String aShown, String b, String bShown) {
        if (a.equals(b)) return true;
        if (a.indexOf(' ') < 0 || b.indexOf(' ') < 0) return false;
        boolean aInB = containsWords(b, a);
        boolean bInA = containsWords(a, b);
        if (aInB) return !carriesPlace(b, bShown, a, aShown);
        if (bInA) return !carriesPlace(a, aShown, b, bShown);
        return false;
    }

    /** Whether {@code words} occurs in {@code phrase} word for word; without building padded strings (this runs per candidate and tag). */
    static boolean containsWords(String phrase, String words) {
        int end = phrase.length() - words.length();
        for (int at = phrase.indexOf(words); at >= 0 && at <= end; at = phrase.indexOf(words, at + 1)) {
            boolean starts = at == 0 || phrase.charAt(at - 1) == ' ';
            boolean ends = at == end || phrase.charAt(at + words.length()) == ' ';
            if (starts && ends) return true;
        }
        return false;
    }

    private static boolean carriesPlace(String orgKey, String orgShown, String placeKey, String placeShown) {
        return endsWithWords(orgKey, placeKey) && CanonicalTags.isName(placeShown) && !CanonicalTags.isName(orgShown)
                && Character.isUpperCase(orgShown.codePointAt(0));
    }

    private static int addDistinct(int[] ids, int size, int id) {
        for (int d = 0; d < size; d++) if (ids[d] == id) return size;
        ids[size] = id;
        return size + 1;
    }
}
