package org.gazette.content;

import org.gazette.text.Folding;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a raw text file: its 1-based line number and its text, cleaned
 * ({@link Folding#clean}), trimmed, and with runs of whitespace collapsed to one space.
 */
record SourceLine(int number, String text) {

    /**
     * The lines of a file that hold at least one letter or digit. Blank lines, whitespace-only
     * lines and lines of lone punctuation ({@code .}, {@code ***}) carry no text and are left out.
     * CRLF, CR and LF all end a line.
     */
    static List<SourceLine> split(String text) {
        String s = Folding.clean(text);
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '\n';
            if (c != '\n' && c != '\r') continue;
            if (hasLetterOrDigit(s, start, i)) lines.add(new SourceLine(number, collapse(s, start, i)));
            if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
            number++;
            start = i + 1;
        }
        return lines;
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String collapse(String s, int from, int to) {
        if (isCollapsed(s, from, to)) return s.substring(from, to);
        StringBuilder out = new StringBuilder(to - from);
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the range needs no collapsing: no edge spaces, only single plain spaces inside. */
    private static boolean isCollapsed(String s, int from, int to) {
        if (from == to || isSpace(s.charAt(from)) || isSpace(s.charAt(to - 1))) return from == to;
        boolean previousSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (previousSpace) return false;
                previousSpace = true;
            } else {
                if (isSpace(c)) return false;
                previousSpace = false;
            }
        }
        return true;
    }

    /**
     * {@link Character#isWhitespace}, without its table lookup for the letters between U+0080 and
     * U+1FFF (all of Vietnamese), none of which is white space but U+1680.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        return c == 0x1680 || c >= 0x2000 && Character.isWhitespace(c);
    }
}
