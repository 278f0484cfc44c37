package org.gazette.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gazette.text.Folding;

/**
 * Finds acronyms that an article defines, written as the words followed by the acronym in
 * parentheses: {@code trường Công an nhân dân (CAND)}, {@code an ninh, trật tự (ANTT)}, {@code
 * World Health Organization (WHO)}. The words are the ones right before the parenthesis whose
 * initials, folded ({@code Đ} is {@code D}), spell the acronym; English connectors ({@code of},
 * {@code and}) and {@code và} may sit between them without a letter of their own.
 *
 * <p>An acronym needs three letters at least: two letters match too many pairs of words by
 * chance. The first and last words must not be stopwords of the expansion's language, so {@code
 * các anh (CA)}-like accidents of longer acronyms are left out too. Pure; a quick scan for {@code (} skips most paragraphs.
 */
final class AcronymDefinitions {
    static final int MIN_LETTERS = 3;
    static final int MAX_LETTERS = 10;
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "in", "to", "và", "&");

    private final Stopwords stopwords;

    AcronymDefinitions(Stopwords stopwords) {
        this.stopwords = stopwords;
    }

    /** The definitions in the title and paragraphs, in reading order (repeats included). */
    List<AcronymDefinition> find(String title, List<String> paragraphs) {
        List<AcronymDefinition> out = new ArrayList<>(0);
        scan(title, out);
        for (String p : paragraphs) scan(p, out);
        return out;
    }

    private void scan(String raw, List<AcronymDefinition> out) {
        if (raw == null || raw.indexOf('(') < 0) return;
        String s = Folding.clean(raw);
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int close = s.indexOf(')', open);
            if (close < 0) return;
            String acronym = s.substring(open + 1, close).strip();
            String letters = letters(acronym);
            if (letters == null) continue;
            String expansion = expansionBefore(s, open, letters);
            if (expansion != null) out.add(new AcronymDefinition(acronym, expansion));
        }
    }

    /** The folded letters of an acronym ({@code GD&ĐT} → {@code gddt}), or null when it is none. */
    private static String letters(String acronym) {
        if (acronym.length() < MIN_LETTERS || acronym.length() > 2 * MAX_LETTERS) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (Character.isLetter(c)) sb.append(c);
            else if (c != '-' && c != '&') return null;
        }
        if (!WordList.isAcronym(sb.toString())) return null;
        String folded = Folding.fold(sb.toString());
        return folded.length() >= MIN_LETTERS && folded.length() <= MAX_LETTERS ? folded : null;
    }

    /** The words before {@code end} whose initials spell {@code letters}, joined by spaces; null when they do not. */
    private String expansionBefore(String s, int end, String letters) {
        List<String> words = wordsBefore(s, end, letters.length() + CONNECTORS.size());
        int need = letters.length() - 1;
        int first = -1;
        for (int w = words.size() - 1; w >= 0 && need >= 0; w--) {
            String word = words.get(w);
            String initial = Folding.fold(word.substring(0, Character.charCount(word.codePointAt(0))));
            if (initial.charAt(0) == letters.charAt(need)) {
                need--;
                first = w;
            } else if (!CONNECTORS.contains(word.toLowerCase(Locale.ROOT)) || w == words.size() - 1) {
                return null;
            }
        }
        if (need >= 0) return null;
        String expansion = String.join(" ", words.subList(first, words.size()));
        boolean english = Tokens.isAscii(expansion);
        if (isStop(words.get(first), english) || isStop(words.get(words.size() - 1), english)) return null;
        return expansion;
    }

    private boolean isStop(String word, boolean english) {
        return english ? stopwords.isEnglishStop(word) : stopwords.isStop(word);
    }

    /**
     * Up to {@code max} words ending right before {@code end}, in reading order. Words may be
     * separated by spaces, commas and hyphens; any other mark ends the run.
     */
    private static List<String> wordsBefore(String s, int end, int max) {
        List<String> words = new ArrayList<>();
        int i = end;
        while (words.size() < max) {
            while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == ',' || s.charAt(i - 1) == '-')) i--;
            int wordEnd = i;
            while (i > 0 && isWordChar(s.codePointBefore(i))) i -= Character.charCount(s.codePointBefore(i));
            if (i == wordEnd) break;
            words.add(0, s.substring(i, wordEnd));
            if (i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != ',' && s.charAt(i - 1) != '-') break;
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
