package org.gazette.content;

import org.gazette.diag.GazetteException;
import org.gazette.text.Datelines;
import org.gazette.text.Folding;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists of the raw-text parser: site chrome, dateline noise, the labels of source, byline,
 * caption and keyword lines, words of running prose, and place names. The lists are data ({@code rawtext-rules.yaml}); a site adds
 * to them through {@code rawText} in {@code site.yaml}.
 *
 * <p>Matching is on folded text ({@link Folding#fold}), so case and diacritic variants of an entry
 * match; only the prose markers keep their diacritics (see {@link #hasProseMarker}). Immutable and
 * thread-safe.
 */
public final class RawTextRules {
    private static final String RESOURCE = "rawtext-rules.yaml";
    /** The list names, in the order of the YAML file and of error messages. */
    private static final List<String> LIST_NAMES = List.of("chrome", "noise", "sourceLabels", "authorLabels",
            "captionLabels", "keywordLabels", "proseMarkers", "places");
    /** Chrome lines are a few words; testing only short lines keeps huge paragraphs cheap. */
    private static final int MAX_CHROME_LENGTH = 120;
    private static final int MAX_BREADCRUMB_LENGTH = 300;
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("[>›»|]");
    /** Labels, markers and prose words are looked for only in lines up to this long. */
    private static final int MAX_LABELLED_LENGTH = 500;
    private static final String EDGE_L = "(?<![\\p{L}\\p{M}\\p{N}])";
    private static final String EDGE_R = "(?![\\p{L}\\p{M}\\p{N}])";

    /** The lists that label a line by its first words. */
    enum Label { SOURCE, AUTHOR, KEYWORD }

    /** A label found at the start of a line: where it ends in the line, and whether a colon follows it. */
    record LabelMatch(int end, boolean colon) {}

    private final Map<String, List<String>> lists;
    private final Set<String> chrome;
    private final Set<String> places;
    private final Pattern noise;
    private final Map<Label, Pattern> labels;
    private final Pattern captionMarker;
    /**
     * The word each caption label's pattern begins with, literally; null when some label has none
     * or begins with a mark (then a match need not begin where a word does).
     */
    private final List<String> captionWords;
    private final Pattern proseMarker;

    private RawTextRules(Map<String, List<String>> lists) {
        this.lists = lists;
        this.chrome = keys(lists.get("chrome"));
        this.places = keys(lists.get("places"));
        this.noise = Pattern.compile(EDGE_L + "(?:" + alternation(lists.get("noise")) + ")" + EDGE_R);
        this.labels = Map.of(
                Label.SOURCE, prefix(lists.get("sourceLabels")),
                Label.AUTHOR, prefix(lists.get("authorLabels")),
                Label.KEYWORD, prefix(lists.get("keywordLabels")));
        String caption = "(?:" + alternation(lists.get("captionLabels")) + ")" + EDGE_R;
        this.captionWords = firstWords(lists.get("captionLabels"));
        String lead = "(?:^|[.!?…;(\\[|–—-]\\s*)";
        // "… Ảnh: C.T.V", "(Ảnh: TTXVN)", "Trong ảnh: …"; a standalone or closing "Ảnh minh họa";
        // a closing parenthesised credit without a colon, "(Ảnh nv)".
        this.captionMarker = Pattern.compile(lead + caption + "\\s*:"
                + "|" + lead + "\\(?" + caption + "\\s*\\)?\\.?$"
                + "|\\(" + caption + "\\s+[^()]{1,40}\\)\\.?$");
        List<String> prose = new ArrayList<>();
        for (String word : lists.get("proseMarkers")) prose.add(Folding.clean(word).toLowerCase(Locale.ROOT));
        this.proseMarker = Pattern.compile("(?iu)" + EDGE_L + "(?:" + alternationOf(prose) + ")" + EDGE_R);
    }

    /** The lists shipped with Gazette, read once. */
    public static RawTextRules defaults() {
        return Defaults.RULES;
    }

    /** Holder idiom: the resource is read on first use, once, without locking afterwards. */
    private static final class Defaults {
        static final RawTextRules RULES = load();
    }

    private static RawTextRules load() {
        try (InputStream in = RawTextRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            Object doc = new Load(LoadSettings.builder().setLabel(RESOURCE).build())
                    .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, List<String>> lists = new LinkedHashMap<>();
            Map<?, ?> map = (Map<?, ?>) doc;
            for (String name : LIST_NAMES) {
                List<String> entries = new ArrayList<>();
                for (Object o : (List<?>) map.get(name)) entries.add(String.valueOf(o));
                lists.put(name, List.copyOf(entries));
            }
            return new RawTextRules(lists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These rules with more entries in some lists, as {@code site.yaml}'s {@code rawText} gives them.
     *
     * @throws GazetteException when a key is not one of the list names
     */
    public RawTextRules withAdditions(Map<String, List<String>> additions) {
        if (additions.isEmpty()) return this;
        Map<String, List<String>> merged = new LinkedHashMap<>(lists);
        additions.forEach((name, entries) -> {
            if (!merged.containsKey(name)) {
                throw new GazetteException("site.yaml: rawText." + name + " is not a known list (known: "
                        + String.join(", ", LIST_NAMES) + ")");
            }
            List<String> list = new ArrayList<>(merged.get(name));
            for (String e : entries) {
                if (e != null && !e.isBlank()) list.add(e.strip());
            }
            merged.put(name, List.copyOf(list));
        });
        return new RawTextRules(merged);
    }

    /** Whether a whole line is site chrome: a listed phrase, or a breadcrumb that starts with one. */
    public boolean isChrome(String line) {
        if (line.length() <= MAX_CHROME_LENGTH) {
            String key = chromeKey(alignedFold(line));
            if (chrome.contains(key)) return true;
            int space = key.lastIndexOf(' ');
            if (space > 0 && isDigits(key, space + 1) && chrome.contains(key.substring(0, space))) return true;
        }
        if (line.length() > MAX_BREADCRUMB_LENGTH) return false;
        Matcher separator = BREADCRUMB_SEPARATOR.matcher(line);
        return separator.find() && chrome.contains(chromeKey(alignedFold(line.substring(0, separator.start()))));
    }

    /** Whether the whole line is a place name ({@code Hà Nội}, {@code TP.HCM}). */
    boolean isPlace(String line) {
        return line.length() <= MAX_CHROME_LENGTH && places.contains(chromeKey(alignedFold(line)));
    }

    /** Whether a line holds nothing but dateline noise ({@code Lượt xem: 12}) and punctuation. */
    boolean isNoiseOnly(String line) {
        return line.length() <= MAX_CHROME_LENGTH && chromeKey(removeNoise(line)).isEmpty();
    }

    /** The line with every noise phrase blanked out (same length, so positions still hold). */
    String removeNoise(String line) {
        if (line.length() > MAX_LABELLED_LENGTH) return line;
        Matcher m = noise.matcher(alignedFold(line));
        if (!m.find()) return line;
        StringBuilder out = new StringBuilder(line);
        do {
            for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
        } while (m.find());
        return out.toString();
    }

    /** The label of the given kind that starts the line (after an optional parenthesis), if any. */
    LabelMatch label(Label kind, String line) {
        if (line.length() > MAX_LABELLED_LENGTH) return null;
        Matcher m = labels.get(kind).matcher(alignedFold(line));
        return m.lookingAt() ? new LabelMatch(m.end(), m.group(1) != null) : null;
    }

    /** Whether the line carries a photo caption or credit marker. */
    boolean hasCaptionMarker(String line) {
        if (line.length() > MAX_LABELLED_LENGTH) return false;
        String folded = alignedFold(line);
        return mayHoldCaptionLabel(folded) && captionMarkerIn(folded);
    }

    /** The caption marker's pattern alone, over folded text. */
    boolean captionMarkerIn(String folded) {
        return captionMarker.matcher(folded).find();
    }

    /**
     * Whether folded text holds the first word of some caption label where a marker could begin:
     * no match without one, and a few {@code indexOf} cost far less than the marker's regex trying
     * every position of a line. The words are common inside others ("anh" in "thanh", "nhanh") and
     * alone ("trong"), so an occurrence counts only where the marker's lead allows a label.
     */
    private boolean mayHoldCaptionLabel(String folded) {
        if (captionWords == null) return true;
        for (String word : captionWords) {
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                if (mayLeadCaption(folded, at)) return true;
            }
        }
        return false;
    }

    /** Marks after which the caption marker's {@code lead} (or its opening parenthesis) lets a label begin. */
    private static final String LEAD_MARKS = ".!?…;([|–—-";

    /**
     * Whether a label could begin at {@code at}: at the start, or after one of {@link #LEAD_MARKS}
     * and spaces. A superset of what the marker's pattern accepts, never less.
     */
    private static boolean mayLeadCaption(String s, int at) {
        int j = at - 1;
        while (j >= 0 && isPatternSpace(s.charAt(j))) j--;
        return j < 0 || LEAD_MARKS.indexOf(s.charAt(j)) >= 0;
    }

    /** {@code \s} of a pattern compiled without Unicode classes. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The run of letters and digits each folded phrase begins with, which {@link #phraseRegex}
     * matches literally; null when a phrase begins otherwise, or there are no phrases (then nothing
     * can be ruled out this way).
     */
    private static List<String> firstWords(List<String> phrases) {
        Set<String> words = new LinkedHashSet<>();
        for (String p : phrases) {
            if (p.isBlank()) continue;
            String folded = Folding.fold(Folding.clean(p)).strip();
            int end = 0;
            while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) end++;
            if (end == 0) return null;
            words.add(folded.substring(0, end));
        }
        // no label at all: the empty alternation matches without any word
        return words.isEmpty() ? null : List.copyOf(words);
    }

    /**
     * Whether the line has a word of running prose (reported speech, a connective, a pronoun).
     * Matched with diacritics, unlike the other lists: folding would merge nhưng/những, tôi/tới.
     */
    boolean hasProseMarker(String line) {
        return line.length() <= MAX_LABELLED_LENGTH && proseMarker.matcher(line).find();
    }

    private static Set<String> keys(List<String> entries) {
        Set<String> keys = new HashSet<>();
        for (String entry : entries) keys.add(chromeKey(alignedFold(Folding.clean(entry))));
        return Set.copyOf(keys);
    }

    /** Letters and digits only, one space between words: the form chrome entries are compared in. */
    private static String chromeKey(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean isDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) return false;
        }
        return from < s.length();
    }

    /** An optional parenthesis, one of the labels, an optional colon: matched at the start of folded text. */
    private static Pattern prefix(List<String> labels) {
        return Pattern.compile("\\(?\\s*(?:" + alternation(labels) + ")" + EDGE_R + "\\s*(:)?\\s*");
    }

    /** {@link #alternationOf} the folded phrases. */
    private static String alternation(List<String> phrases) {
        List<String> folded = new ArrayList<>();
        for (String p : phrases) folded.add(Folding.fold(Folding.clean(p)));
        return alternationOf(folded);
    }

    /**
     * A regex alternation of phrases, longest first so that "Ảnh minh họa" wins over "Ảnh".
     * Words are separated by any whitespace; punctuation in an entry is optional; {@code #} is a number.
     */
    private static String alternationOf(List<String> phrases) {
        List<String> sorted = new ArrayList<>();
        for (String p : phrases) {
            if (!p.isBlank()) sorted.add(p.strip());
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> regexes = new ArrayList<>();
        for (String p : sorted) regexes.add(phraseRegex(p));
        return String.join("|", regexes);
    }

    private static String phraseRegex(String phrase) {
        StringBuilder re = new StringBuilder();
        boolean wordBefore = false;
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < phrase.length() && Character.isLetterOrDigit(phrase.charAt(i))) i++;
                if (wordBefore) re.append("\\s+");
                re.append(Pattern.quote(phrase.substring(start, i)));
                wordBefore = true;
            } else {
                re.append(c == '#' ? "\\s*\\d[\\d.,]{0,14}" : "\\s*" + Pattern.quote(String.valueOf(c)) + "?\\s*");
                wordBefore = false;
                i++;
            }
        }
        return re.toString();
    }

    /**
     * The date of a dateline line, once counters are removed ({@code Lượt xem: 5654}); a leading
     * place ({@code Hà Nội, ngày …}) is allowed. Raw text and saved web pages read datelines alike.
     */
    Optional<PublishedAt> dateline(String line, ZoneId zone) {
        // taking noise out only removes digits: without a year in the line there is no date to find
        if (!Datelines.mayHoldDate(line)) return Optional.empty();
        String candidate = removeNoise(line);
        Optional<PublishedAt> date = Datelines.parseDateline(candidate, zone);
        int comma = candidate.indexOf(',');
        if (date.isEmpty() && comma > 0 && isPlace(candidate.substring(0, comma))) {
            date = Datelines.parseDateline(candidate.substring(comma + 1), zone);
        }
        return date;
    }

    /**
     * {@link Folding#fold} one character at a time, so that an index into the folded text is an
     * index into the line: a label found in folded text can be cut from the original.
     */
    static String alignedFold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) out[i] = FoldTable.fold(s.charAt(i));
        return new String(out);
    }

    /** Folded forms of the Latin letters with diacritics; everything else is only lower-cased. */
    private static final class FoldTable {
        private static final char[] LATIN = new char[0x2000];

        static {
            for (char c = 0; c < LATIN.length; c++) {
                String f = Folding.fold(String.valueOf(c));
                LATIN[c] = f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c);
            }
        }

        static char fold(char c) {
            if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            return c < LATIN.length ? LATIN[c] : Character.toLowerCase(c);
        }
    }
}
