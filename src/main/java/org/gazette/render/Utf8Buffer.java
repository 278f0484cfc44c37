package org.gazette.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page's text encoded to UTF-8 as the template writes it, into one buffer kept for the thread's
 * next page. Collecting the page in a {@code StringBuilder} and encoding the finished string copied
 * every page three more times (into the builder as UTF-16, into the string, into an array three
 * times its length) and allocated that array afresh for each page.
 *
 * <p>The bytes are those of {@code String.getBytes(UTF_8)} on the whole text: a surrogate pair
 * split across two writes is still one character, and a lone surrogate becomes {@code ?}. No lock:
 * one buffer per thread.
 */
final class Utf8Buffer extends Writer {
    private byte[] buf = new byte[64 * 1024];
    private int pos;
    /** Strings are copied here to be encoded: a bulk copy, then one loop over an array for both kinds of input. */
    private char[] chars = new char[4 * 1024];
    /** A high surrogate that ended the last write: its low half may start the next. */
    private char pendingHigh;

    void reset() {
        pos = 0;
        pendingHigh = 0;
    }

    /** The bytes written since {@link #reset}. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            ensure(1);
            buf[pos++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(buf, pos);
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        encode(cbuf, off, len);
    }

    @Override
    public void write(String str) {
        write(str, 0, str.length());
    }

    @Override
    public void write(String str, int off, int len) {
        if (chars.length < len) chars = new char[Math.max(len, 2 * chars.length)];
        str.getChars(off, off + len, chars, 0);
        encode(chars, 0, len);
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) {
        String s = (csq == null ? "null" : csq).subSequence(start, end).toString();
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Writer append(char c) {
        write(c);
        return this;
    }

    @Override
    public void flush() { }

    @Override
    public void close() { }

    private void encode(char[] a, int off, int len) {
        if (len == 0) return;
        ensure(3 * len + 4);
        byte[] b = buf;
        int p = pos;
        int i = off;
        int end = off + len;
        if (pendingHigh != 0) {
            if (Character.isLowSurrogate(a[i])) {
                p = putCodePoint(b, p, Character.toCodePoint(pendingHigh, a[i]));
                i++;
            } else {
                b[p++] = '?';
            }
            pendingHigh = 0;
        }
        while (i < end) {
            char c = a[i++];
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i == end) {
                pendingHigh = c;
            } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(a[i])) {
                p = putCodePoint(b, p, Character.toCodePoint(c, a[i++]));
            } else {
                b[p++] = '?';
            }
        }
        pos = p;
    }

    private static int putCodePoint(byte[] b, int p, int cp) {
        b[p++] = (byte) (0xF0 | cp >> 18);
        b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[p++] = (byte) (0x80 | cp & 0x3F);
        return p;
    }

    private void ensure(int more) {
        if (buf.length - pos < more) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
    }
}
