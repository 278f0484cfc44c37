package org.gazette.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    int size;
    String[] text = new String[256];
    String[] lower = new String[256];
    boolean[] capitalized = new boolean[256];
    boolean[] acronym = new boolean[256];
    boolean[] sentenceStart = new boolean[256];
    boolean[] breakBefore = new boolean[256];
    byte[] zone = new byte[256];
    private int wordsWithDiacritics;

    private boolean pendingBreak;
    private boolean pendingStart;

    private Tokens() {}

    static Tokens of(String title, List<String> paragraphs) {
        Tokens tokens = new Tokens();
        if (title != null) tokens.addBlock(title, TITLE);
        boolean first = true;
        for (String paragraph : paragraphs) {
            if (paragraph == null || paragraph.isBlank()) continue;
            tokens.addBlock(paragraph, first ? LEDE : BODY);
            first = false;
        }
        return tokens;
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
            if (Character.isLetterOrDigit(cp)) {
                int end = chunkEnd(s, i);
                addChunk(s, i, end, blockZone);
                i = end;
                continue;
            }
            // a combining mark with no letter before it is noise, not punctuation
            if (!Character.isWhitespace(cp) && !isWordChar(cp)) {
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
            if (isAlphanumericAcronym(chunk)) add(chunk, blockZone);
            else pendingBreak = true;
            return;
        }
        // GS.TS, TP.HCM, HIV/AIDS: separate words that no phrase may join
        int partStart = start;
        for (int k = start; k <= end; k++) {
            if (k < end && s.charAt(k) != '.' && s.charAt(k) != '/') continue;
            if (k > partStart) add(s.substring(partStart, k), blockZone);
            if (k < end) pendingBreak = true;
            partStart = k + 1;
        }
    }

    private void add(String word, byte blockZone) {
        String w = word.replace('’', '\'');
        boolean possessive = w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"));
        if (possessive) w = w.substring(0, w.length() - 2);
        while (w.endsWith("'") || w.endsWith("-")) w = w.substring(0, w.length() - 1);
        if (w.isEmpty()) return;
        grow();
        text[size] = w;
        lower[size] = w.toLowerCase(Locale.ROOT);
        int firstCp = w.codePointAt(0);
        capitalized[size] = Character.isUpperCase(firstCp) || Character.isTitleCase(firstCp);
        acronym[size] = WordList.isAcronym(w);
        sentenceStart[size] = pendingStart;
        breakBefore[size] = pendingBreak;
        zone[size] = blockZone;
        if (hasNonAsciiLetter(w)) wordsWithDiacritics++;
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
            if (!hasLowerCase(text[i])) allCaps++;
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
    }

    private static boolean isWordChar(int cp) {
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

    private static boolean hasLowerCase(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) return true;
        }
        return false;
    }

    /** Plain ASCII: an English or foreign word, or Vietnamese written without diacritics. */
    static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) return false;
        }
        return true;
    }

    private static boolean hasNonAsciiLetter(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c > 0x7F && Character.isLetter(c)) return true;
        }
        return false;
    }
}
