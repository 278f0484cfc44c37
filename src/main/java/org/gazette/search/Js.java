package org.gazette.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few pieces of JavaScript syntax the index files need: JSON string literals and the
 * registration call every index file consists of. The files are loaded with {@code <script>}
 * elements (so the search works from {@code file://}, where {@code fetch} is refused), and each
 * one hands its data to the page by calling {@code __gazetteSearch(name, data)}.
 */
final class Js {
    private Js() {}

    /** Appends {@code s} as a JSON string literal; {@code s} must need no escaping (postings: base64url digits). */
    static StringBuilder plainString(StringBuilder sb, String s) {
        return sb.append('"').append(s).append('"');
    }

    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        if (plain(s)) return sb.append(s).append('"'); // postings and most words: nothing to escape
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    // Control characters, line separators and lone surrogates are escaped so the
                    // file is valid UTF-8 JavaScript whatever the text held.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !pairedAt(s, i)) {
                        hex4(sb.append("\\u"), c);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    /** Four lower-case hex digits, as {@code %04x} prints a char; every spelling key has one to escape. */
    private static StringBuilder hex4(StringBuilder sb, char c) {
        for (int shift = 12; shift >= 0; shift -= 4) sb.append(Character.forDigit(c >>> shift & 0xF, 16));
        return sb;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= '\u2028' && (c <= '\u2029' || c >= '\ud800' && c <= '\udfff')) return false;
        }
        return true;
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        string(sb, s);
        return sb.toString();
    }

    /** A whole index file around data already in UTF-8. */
    static byte[] file(String name, byte[] data) {
        byte[] head = ("__gazetteSearch(" + string(name) + ",").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ");\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + data.length + tail.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        System.arraycopy(tail, 0, all, head.length + data.length, tail.length);
        return all;
    }

    /** A whole index file: {@code __gazetteSearch("name",data);}. */
    static byte[] file(String name, CharSequence data) {
        StringBuilder sb = new StringBuilder(data.length() + name.length() + 24);
        sb.append("__gazetteSearch(");
        string(sb, name);
        sb.append(',').append(data).append(");\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes of the first {@code length} characters of {@code s} in UTF-8: for the short parts of an entry being built. */
    static int utf8Length(CharSequence s, int length) {
        int n = length;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
        }
        return n;
    }

    /** Bytes of {@code s} in UTF-8, without encoding it. */
    static int utf8Length(String s) {
        int length = s.length();
        int n = length;
        // characters copied out a block at a time: a call per character costs more than the count
        char[] block = new char[Math.min(length, 512)];
        for (int from = 0; from < length; from += block.length) {
            int to = Math.min(block.length, length - from);
            s.getChars(from, from + to, block, 0);
            for (int i = 0; i < to; i++) {
                char c = block[i];
                if (c < 0x80) continue;
                // a surrogate pair is 4 bytes: 2 + 2 for its two halves
                n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return n;
    }

    /**
     * A file-name-safe spelling of a term group: {@code [a-z0-9]} stay, every other UTF-16 unit
     * becomes {@code _} and four hex digits ({@code đi} → {@code _0111i}). The page computes the same.
     */
    static String fileName(String group) {
        StringBuilder sb = new StringBuilder(group.length() * 2);
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') sb.append(c);
            else hex4(sb.append('_'), c);
        }
        return sb.toString();
    }
}
