package org.gazette.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A few strings (some of them null) kept as UTF-8 in one byte array, each behind its length.
 *
 * <p>A site keeps the title, lede and byline of every article for its lists, feeds and search
 * records. As {@code String}s, Vietnamese text takes two bytes a character plus about 40 bytes of
 * headers per string; packed, it takes about 1.3 bytes a character and 32 bytes in all. A build
 * moves the packed bytes out of the heap altogether ({@link TextStore#keep}), leaving 32 bytes an
 * article: for a million articles that is the difference between fitting a fixed heap and not.
 * Reading a part decodes it again, which costs less than a card's template does.
 *
 * <p>Immutable; two packed texts are equal when their bytes are, wherever they are kept.
 */
public abstract sealed class PackedText permits PackedText.Held, TextStore.Stored {
    PackedText() {}

    /** Packs {@code parts} in order; any of them may be null. */
    public static PackedText of(String... parts) {
        byte[][] encoded = new byte[parts.length][];
        int size = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                size += 1;
                continue;
            }
            encoded[i] = parts[i].getBytes(StandardCharsets.UTF_8);
            size += varIntSize(encoded[i].length + 1) + encoded[i].length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] e : encoded) {
            // 0 marks null; n + 1 a part of n bytes
            at = putVarInt(out, at, e == null ? 0 : e.length + 1);
            if (e != null) {
                System.arraycopy(e, 0, out, at, e.length);
                at += e.length;
            }
        }
        return new Held(out);
    }

    /** The text as {@link #bytes} gave it; the array is taken over, not copied. */
    public static PackedText ofBytes(byte[] packed) {
        return new Held(packed);
    }

    /** The packed form, to store and give back to {@link #ofBytes}; a fresh array the caller may keep. */
    public abstract byte[] bytes();

    /** The packed bytes, not to be changed: the held array itself, or a copy read from the store. */
    abstract byte[] view();

    /** Part {@code index} as packed, or null; an index past the last part reads as null. */
    public String get(int index) {
        byte[] bytes = view();
        int at = 0;
        for (int i = 0; at < bytes.length; i++) {
            int mark = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                mark |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            int length = mark - 1;
            if (i == index) return mark == 0 ? null : new String(bytes, at, length, StandardCharsets.UTF_8);
            if (mark > 0) at += length;
        }
        return null;
    }

    /** A 64-bit hash of the packed bytes: equal texts have equal digests. Nothing is decoded. */
    public long digest() {
        byte[] bytes = view();
        return StringHash.digest(bytes, 0, bytes.length);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof PackedText p && (p == this || Arrays.equals(view(), p.view()));
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(view());
    }

    private static int varIntSize(int v) {
        int n = 1;
        while ((v >>>= 7) != 0) n++;
        return n;
    }

    private static int putVarInt(byte[] out, int at, int v) {
        while ((v & ~0x7f) != 0) {
            out[at++] = (byte) (v & 0x7f | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }

    /** Packed text held in the heap. */
    static final class Held extends PackedText {
        private final byte[] bytes;

        Held(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        byte[] view() {
            return bytes;
        }
    }
}
