package org.gazette.content;

import org.gazette.content.RawTextRules.Label;
import org.gazette.content.RawTextRules.LabelMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line as article metadata: a byline ({@code Sầm Phúc}, {@code Bài và ảnh: Hoàng Anh},
 * {@code By Jane Doe}), a source line ({@code Nguồn: Báo CAND}, {@code (Theo VnExpress)}) or a
 * keyword line ({@code Từ khóa: a, b}). Each method answers null when the line is something else,
 * typically a sentence of the body: {@code Theo ông, làm cách nào…} has a comma, so it is no source.
 */
final class Bylines {
    /** Metadata lines are short; a longer line is body text and is not even looked at. */
    private static final int MAX_LINE = 100;
    private static final int MAX_KEYWORD_LINE = 500;
    private static final int MAX_NAME = 60;
    private static final int MAX_SOURCE_WORDS = 10;
    private static final int MAX_AUTHOR_WORDS = 8;

    /** A capitalised word, an initial or an abbreviation: {@code Phúc}, {@code N.}, {@code PGS.}. */
    private static final String TOKEN = "\\p{Lu}[\\p{L}\\p{M}'’-]{0,20}+\\.?";
    private static final String ONE_NAME = TOKEN + "(?:\\s?" + TOKEN + "){0,5}";
    /** One to four names ({@code Minh Hiếu - Thanh Hà}), then maybe a parenthesis ({@code (theo Reuters)}). */
    private static final Pattern NAMES = Pattern.compile("(" + ONE_NAME
            + "(?:\\s*(?:[-–,&/]|và|and)\\s*" + ONE_NAME + "){0,3})(?:\\s*\\(([^()]{2,40})\\))?");
    private static final Pattern INITIALS =
            Pattern.compile("(?:\\p{Lu}{1,3}\\.\\s?){1,4}(?:\\p{Lu}[\\p{L}\\p{M}]{0,20}+\\.?)?");
    private static final Pattern THEO = Pattern.compile("(?iu)(?:theo|nguồn)\\s*:?\\s+(.+)");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:vn|com|net|org|gov|edu|info|tv)");
    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[,;|·•]");

    /** A byline: the name(s), and the source when the line names one ({@code Việt Phong (theo Reuters)}). */
    record Byline(String author, String source) {}

    private final RawTextRules rules;

    Bylines(RawTextRules rules) {
        this.rules = rules;
    }

    /** The outlet a source line names, or null. */
    String source(String line) {
        if (line.length() > MAX_LINE) return null;
        LabelMatch label = rules.label(Label.SOURCE, line);
        if (label == null) return null;
        String value = line.substring(label.end());
        boolean parenthesised = line.startsWith("(");
        boolean sentenceEnd = value.endsWith(".");
        if (sentenceEnd) value = value.substring(0, value.length() - 1).stripTrailing();
        if (parenthesised) {
            if (!value.endsWith(")")) return null;
            value = value.substring(0, value.length() - 1).strip();
        }
        int words = wordCount(value);
        if (value.length() < 2 || words > MAX_SOURCE_WORDS) return null;
        if (sentenceEnd && !parenthesised && words > MAX_SOURCE_WORDS / 2) return null;
        for (int i = 0; i < value.length(); i++) {
            if (",;:!?()".indexOf(value.charAt(i)) >= 0) return null;
        }
        boolean named = Character.isUpperCase(value.codePointAt(0)) || Character.isDigit(value.charAt(0));
        return named || DOMAIN.matcher(value).lookingAt() ? value : null;
    }

    /**
     * The byline a line is, labelled or a bare name, or null. A bare name needs two words or
     * dotted initials ({@code Sầm Phúc}, {@code N.T.Thành}); a place ({@code Hải Phòng}) or a line
     * in capitals ({@code BAN TỔ CHỨC}, {@code TTXVN}) is not taken for one.
     */
    Byline byline(String line) {
        if (line.length() > MAX_LINE) return null;
        Byline labelled = labelledByline(line);
        if (labelled != null) return labelled;
        Byline bare = names(line);
        if (bare == null || rules.isPlace(line) || isCapitals(bare.author())) return null;
        return wordCount(bare.author()) >= 2 || isInitials(bare.author()) ? bare : null;
    }

    /** The byline a line is when it starts with a byline label ({@code Bài và ảnh:}, {@code By}), or null. */
    Byline labelledByline(String line) {
        if (line.length() > MAX_LINE) return null;
        LabelMatch label = rules.label(Label.AUTHOR, line);
        if (label == null) return null;
        String value = line.substring(label.end()).strip();
        if (line.startsWith("(") && value.endsWith(")")) value = value.substring(0, value.length() - 1).strip();
        Byline named = names(value);
        if (named != null) return named;
        return label.colon() && looksLikeCredit(value) ? new Byline(trimPeriod(value), null) : null;
    }

    /** The tags a keyword line lists, in order and without repeats, or null. */
    List<String> keywords(String line) {
        if (line.length() > MAX_KEYWORD_LINE) return null;
        LabelMatch label = rules.label(Label.KEYWORD, line);
        if (label == null || !label.colon()) return null;
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : KEYWORD_SEPARATOR.split(line.substring(label.end()))) {
            String tag = trimPeriod(part.strip());
            if (tag.startsWith("#")) tag = tag.substring(1).strip();
            if (!tag.isEmpty() && seen.add(tag.toLowerCase(Locale.ROOT))) tags.add(tag);
        }
        return tags.isEmpty() ? null : tags;
    }

    /** A whole line of capitalised names, such as {@code Trần Cường} or {@code N.T.Thành}. */
    private static Byline names(String text) {
        if (text.isEmpty() || text.length() > MAX_NAME) return null;
        Matcher m = NAMES.matcher(text);
        if (!m.matches()) return null;
        String names = m.group(1);
        // "Xin Cảm Ơn." is a sentence; "C.T.V." ends with an initial
        if (names.endsWith(".") && !Character.isUpperCase(names.charAt(names.length() - 2))) return null;
        String paren = m.group(2);
        if (paren != null) {
            Matcher theo = THEO.matcher(paren.strip());
            if (theo.matches()) return new Byline(names, theo.group(1).strip());
        }
        return new Byline(text, null);
    }

    /** After an explicit label, a short capitalised phrase: {@code Thực hiện: Nhóm PV Thời sự}. */
    private static boolean looksLikeCredit(String value) {
        if (value.isEmpty() || value.length() > MAX_NAME || wordCount(value) > MAX_AUTHOR_WORDS) return false;
        if (!Character.isUpperCase(value.codePointAt(0))) return false;
        for (int i = 0; i < value.length(); i++) {
            if ("!?;:".indexOf(value.charAt(i)) >= 0) return false;
        }
        return !value.endsWith(",");
    }

    /** {@code C.T.V}, {@code N.T.Thành}: dotted initials, maybe closed by a name. */
    private static boolean isInitials(String name) {
        return INITIALS.matcher(name).matches();
    }

    /** No lower-case letter and a word of two or more capitals: a heading or an agency code, not a name. */
    private static boolean isCapitals(String text) {
        boolean longWord = false;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) {
                run++;
            } else {
                longWord |= run >= 2;
                run = 0;
            }
        }
        return longWord;
    }

    private static String trimPeriod(String s) {
        return s.endsWith(".") && s.length() > 1 && Character.isLowerCase(s.charAt(s.length() - 2))
                ? s.substring(0, s.length() - 1) : s;
    }

    private static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = s.charAt(i) == ' ';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
