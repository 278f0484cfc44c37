package org.gazette.enrich;

import java.util.Arrays;
import java.util.List;
import org.gazette.text.Folding;

/**
 * The words of one article in reading order, with what the tagger needs to know about each: the
 * written and lower-case forms, whether it is capitalized or an acronym, whether it starts a
 * sentence (so its capital says nothing), whether punctuation or a number separates it from the
 * previous word, and which part of the article it comes from.
 *
 * <p>A Vietnamese word here is one syllable ({@code đảng}, {@code viên}); phrases are built later.
 * The tokenizer is a hand-written loop over code points, with no regex per token, because it runs
 * on every article of the archive. Numbers, dates and document codes ({@code 19/4/2022},
 * {@code 1.162}, {@code 05-CT/TW}) become breaks, never words, so no tag can contain one.
 *
 * <p>Each distinct spelling is analysed once per article ({@link WordForms}): its lower-case
 * {@code String} is shared by every occurrence, and {@link #form} numbers the forms the tagger
 * compares, so that later steps can use arrays where they would otherwise hash strings.
 */
final class Tokens {
    static final byte TITLE = 0;
    static final byte LEDE = 1;
    static final byte BODY = 2;

    /** Characters after which the next word starts a sentence, a quotation or a parenthesis. */
    private static final String SENTENCE_MARKS = ".!?:;…\"“‘«([{-–—•";
    /** A line whose words are mostly capitalized (a title-case headline, an all-caps line) carries no case information. */
    private static final double CAPITALIZED_LINE_SHARE = 0.7;
    private static final int CAPITALIZED_LINE_MIN_WORDS = 4;
    private static final int MAX_ALPHANUMERIC_ACRONYM = 10;
    /**
     * The character classes the tokenizer asks about, for the first 8,192 code points (Latin,
     * Vietnamese, combining marks): a table instead of Unicode property look-ups on every character.
     */
    private static final byte[] CHAR_CLASSES = new byte[0x2000];
    private static final byte LETTER_OR_DIGIT = 1;
    private static final byte WORD_CHAR = 2;
    private static final byte WHITESPACE = 4;

    static {
        for (int cp = 0; cp < CHAR_CLASSES.length; cp++) {
            int c = 0;
            if (Character.isLetterOrDigit(cp)) c |= LETTER_OR_DIGIT;
            if (isWordCharSlow(cp)) c |= WORD_CHAR;
            if (Character.isWhitespace(cp)) c |= WHITESPACE;
            CHAR_CLASSES[cp] = (byte) c;
        }
    }

    int size;
    String[] text;
    String[] lower;
    boolean[] capitalized;
    boolean[] acronym;
    boolean[] sentenceStart;
    boolean[] breakBefore;
    byte[] zone;
    /** Per word: its number in {@link #wordForms}. */
    private int[] word;
    private final WordForms wordForms = new WordForms();
    private int wordsWithDiacritics;

    private boolean pendingBreak;
    private boolean pendingStart;

    private Tokens(int capacity) {
        text = new String[capacity];
        lower = new String[capacity];
        capitalized = new boolean[capacity];
        acronym = new boolean[capacity];
        sentenceStart = new boolean[capacity];
        breakBefore = new boolean[capacity];
        zone = new byte[capacity];
        word = new int[capacity];
    }

    static Tokens of(String title, List<String> paragraphs) {
        long chars = title == null ? 0 : title.length();
        for (String paragraph : paragraphs) chars += paragraph == null ? 0 : paragraph.length();
        // a Vietnamese syllable and its space take about five characters: arrays that rarely grow
        Tokens tokens = new Tokens((int) Math.min(1 << 20, Math.max(64, chars / 4)));
        if (title != null) tokens.addBlock(title, TITLE);
        boolean first = true;
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) continue;
            tokens.addBlock(paragraph, first ? LEDE : BODY);
            first = false;
        }
        return tokens;
    }

    /** The number of distinct forms: {@link #form} and {@link #lowerForm} are below it. */
    int formCount() {
        return wordForms.formCount();
    }

    /**
     * The number of word {@code i}'s form as the tagger tells words apart: an acronym as written
     * ({@code AI}), any other word in lower case ({@code ai}). Equal forms, equal numbers.
     */
    int form(int i) {
        return acronym[i] ? wordForms.textForm(word[i]) : wordForms.lowerForm(word[i]);
    }

    /** The number of word {@code i}'s lower-case form, in the numbering of {@link #form}. */
    int lowerForm(int i) {
        return wordForms.lowerForm(word[i]);
    }

    /** {@link WordList#syllable} of word {@code i} in lower case. */
    int syllable(int i, WordList list) {
        return wordForms.syllable(word[i], list);
    }

    /** Vietnamese when at least a tenth of the words carry a letter outside ASCII; otherwise the English lists apply. */
    boolean vietnamese() {
        return wordsWithDiacritics * 10 >= size && size > 0;
    }

    private void addBlock(String raw, byte blockZone) {
        String s = Folding.clean(raw);
        int first = size;
        pendingBreak = true;
        pendingStart = true;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isLetterOrDigit(cp)) {
                int end = chunkEnd(s, i);
                addChunk(s, i, end, blockZone);
                i = end;
                continue;
            }
            // a combining mark with no letter before it is noise, not punctuation
            if (!isWhitespace(cp) && !isWordChar(cp)) {
                pendingBreak = true;
                if (SENTENCE_MARKS.indexOf(cp) >= 0) pendingStart = true;
            }
            i += Character.charCount(cp);
        }
        dropCaseOfCapitalizedLine(first, blockZone == TITLE);
    }

    /** The end of a run of word characters, joined across {@code - . / '} inside it and {@code , :} between digits. */
    private static int chunkEnd(String s, int start) {
        int j = start;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (isWordChar(cp)) {
                j += Character.charCount(cp);
                continue;
            }
            boolean joins = j + 1 < s.length() && isWordChar(s.codePointAt(j + 1));
            if (joins && (cp == ',' || cp == ':')) {
                joins = Character.isDigit(s.codePointBefore(j)) && Character.isDigit(s.codePointAt(j + 1));
            } else if (joins) {
                joins = cp == '-' || cp == '.' || cp == '/' || cp == '\'' || cp == '’';
            }
            if (!joins) break;
            j++;
        }
        return j;
    }

    private void addChunk(String s, int start, int end, byte blockZone) {
        boolean digits = false;
        for (int k = start; k < end; k++) digits |= Character.isDigit(s.charAt(k));
        if (digits) {
            String chunk = s.substring(start, end);
            if (isAlphanumericAcronym(chunk)) add(chunk, 0, chunk.length(), blockZone);
            else pendingBreak = true;
            return;
        }
        // GS.TS, TP.HCM, HIV/AIDS: separate words that no phrase may join
        int partStart = start;
        for (int k = start; k <= end; k++) {
            if (k < end && s.charAt(k) != '.' && s.charAt(k) != '/') continue;
            if (k > partStart) add(s, partStart, k, blockZone);
            if (k < end) pendingBreak = true;
            partStart = k + 1;
        }
    }

    /** Adds the word written {@code s[from, to)}, without a possessive {@code 's} and trailing apostrophes or hyphens. */
    private void add(String s, int from, int to, byte blockZone) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '’') {
                // rare: a typographic apostrophe is read as a plain one, on a copy
                String w = s.substring(from, to).replace('’', '\'');
                add(w, 0, w.length(), blockZone);
                return;
            }
        }
        int end = to;
        boolean possessive = end - from > 2 && s.charAt(end - 2) == '\'' && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S');
        if (possessive) end -= 2;
        while (end > from && (s.charAt(end - 1) == '\'' || s.charAt(end - 1) == '-')) end--;
        if (end == from) return;
        int w = wordForms.intern(s, from, end);
        grow();
        word[size] = w;
        text[size] = wordForms.text(w);
        lower[size] = wordForms.lower(w);
        capitalized[size] = wordForms.is(w, WordForms.CAPITALIZED);
        acronym[size] = wordForms.is(w, WordForms.ACRONYM);
        sentenceStart[size] = pendingStart;
        breakBefore[size] = pendingBreak;
        zone[size] = blockZone;
        if (wordForms.is(w, WordForms.NON_ASCII_LETTER)) wordsWithDiacritics++;
        size++;
        pendingBreak = possessive;
        pendingStart = false;
    }

    private void dropCaseOfCapitalizedLine(int first, boolean headline) {
        int words = size - first;
        if (words < CAPITALIZED_LINE_MIN_WORDS) return;
        int allCaps = 0;
        int initialCaps = 0;
        for (int i = first; i < size; i++) {
            if (!wordForms.is(word[i], WordForms.HAS_LOWER_CASE)) allCaps++;
            else if (capitalized[i]) initialCaps++;
        }
        boolean shouting = allCaps >= CAPITALIZED_LINE_SHARE * words;
        boolean titleCase = headline && allCaps + initialCaps >= CAPITALIZED_LINE_SHARE * words;
        if (!shouting && !titleCase) return;
        for (int i = first; i < size; i++) {
            if (shouting) acronym[i] = false;
            if (!acronym[i]) capitalized[i] = false;
        }
    }

    private void grow() {
        if (size < text.length) return;
        int n = text.length * 2;
        text = Arrays.copyOf(text, n);
        lower = Arrays.copyOf(lower, n);
        capitalized = Arrays.copyOf(capitalized, n);
        acronym = Arrays.copyOf(acronym, n);
        sentenceStart = Arrays.copyOf(sentenceStart, n);
        breakBefore = Arrays.copyOf(breakBefore, n);
        zone = Arrays.copyOf(zone, n);
        word = Arrays.copyOf(word, n);
    }

    private static boolean isWordChar(int cp) {
        if (cp < CHAR_CLASSES.length) return (CHAR_CLASSES[cp] & WORD_CHAR) != 0;
        return isWordCharSlow(cp);
    }

    private static boolean isLetterOrDigit(int cp) {
        return cp < CHAR_CLASSES.length ? (CHAR_CLASSES[cp] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(cp);
    }

    private static boolean isWhitespace(int cp) {
        return cp < CHAR_CLASSES.length ? (CHAR_CLASSES[cp] & WHITESPACE) != 0 : Character.isWhitespace(cp);
    }

    private static boolean isWordCharSlow(int cp) {
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** U23, H5N1, G20: a capitalized code made of letters and digits reads as an acronym. */
    private static boolean isAlphanumericAcronym(String chunk) {
        if (chunk.length() > MAX_ALPHANUMERIC_ACRONYM || !WordList.isAcronym(chunk)) return false;
        for (int k = 0; k < chunk.length(); k++) {
            if (!Character.isLetterOrDigit(chunk.charAt(k))) return false;
        }
        return true;
    }

    /** Plain ASCII: an English or foreign word, or Vietnamese written without diacritics. */
    static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) return false;
        }
        return true;
    }
}
