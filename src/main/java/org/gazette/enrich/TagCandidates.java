package org.gazette.enrich;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's tag candidates in the form {@link TagAssigner#add(int, TagCandidates, List)} takes
 * them: the best {@value KeyphraseExtractor#MAX_CANDIDATES} usable ones, best first, with distinct
 * keys, each key and spelling as the UTF-8 bytes the phrase table stores. Made once, when the
 * article is read, and kept as these bytes by the read cache: a rebuild hands every unchanged
 * article's candidates to the tagger without decoding strings, sorting or encoding them again.
 *
 * <p>Bytes: the number of candidates, then per candidate the key's length (2 bytes) and bytes, the
 * spelling's length (2 bytes) and bytes, and the score's float bits (4 bytes). Immutable.
 */
public final class TagCandidates {
    private static final Comparator<Keyphrase> BEST_FIRST =
            Comparator.comparing((Keyphrase k) -> -k.score()).thenComparing(Keyphrase::key);
    private static final TagCandidates NONE = new TagCandidates(new byte[1], 0);

    private final byte[] bytes;
    private final int size;

    private TagCandidates(byte[] bytes, int size) {
        this.bytes = bytes;
        this.size = size;
    }

    /** No candidates. */
    public static TagCandidates none() {
        return NONE;
    }

    /**
     * The best of {@code candidates}: those whose key and spelling fit ({@value
     * TagAssigner#MAX_PHRASE_CHARS} characters at most, a spelling not blank) with a finite score,
     * best first (ties by key), the first of each key.
     */
    public static TagCandidates of(List<Keyphrase> candidates) {
        List<Keyphrase> usable = new ArrayList<>(candidates.size());
        for (Keyphrase c : candidates) {
            boolean ok = c.key().length() <= TagAssigner.MAX_PHRASE_CHARS && c.surface().length() <= TagAssigner.MAX_PHRASE_CHARS
                    && !c.surface().isBlank() && Float.isFinite(c.score());
            if (ok) usable.add(c);
        }
        usable.sort(BEST_FIRST);
        Map<String, Keyphrase> byKey = new LinkedHashMap<>();
        for (Keyphrase c : usable) {
            if (byKey.size() == KeyphraseExtractor.MAX_CANDIDATES) break;
            byKey.putIfAbsent(c.key(), c);
        }
        if (byKey.isEmpty()) return NONE;
        List<byte[]> parts = new ArrayList<>(2 * byKey.size());
        int length = 1;
        for (Keyphrase c : byKey.values()) {
            byte[] key = c.key().getBytes(StandardCharsets.UTF_8);
            byte[] surface = c.surface().getBytes(StandardCharsets.UTF_8);
            parts.add(key);
            parts.add(surface);
            length += 2 + key.length + 2 + surface.length + 4;
        }
        byte[] out = new byte[length];
        out[0] = (byte) byKey.size();
        int at = 1, p = 0;
        for (Keyphrase c : byKey.values()) {
            at = putSlice(out, at, parts.get(p++));
            at = putSlice(out, at, parts.get(p++));
            int bits = Float.floatToIntBits(c.score());
            out[at++] = (byte) (bits >>> 24);
            out[at++] = (byte) (bits >>> 16);
            out[at++] = (byte) (bits >>> 8);
            out[at++] = (byte) bits;
        }
        return new TagCandidates(out, byKey.size());
    }

    /**
     * Candidates from the bytes of {@link #bytes()}. The array is taken, not copied: the caller
     * must not change it afterwards.
     *
     * @throws IllegalArgumentException when they are not such bytes
     */
    public static TagCandidates fromBytes(byte[] bytes) {
        if (bytes.length == 0) throw new IllegalArgumentException("no tag candidate count");
        int size = bytes[0] & 0xFF;
        if (size > KeyphraseExtractor.MAX_CANDIDATES) throw new IllegalArgumentException(size + " tag candidates");
        int at = 1;
        for (int j = 0; j < size; j++) {
            at = skipSlice(bytes, at);
            at = skipSlice(bytes, at);
            at += 4;
            if (at > bytes.length) throw new IllegalArgumentException("tag candidates cut short");
        }
        if (at != bytes.length) throw new IllegalArgumentException("bytes after the tag candidates");
        return size == 0 ? NONE : new TagCandidates(bytes, size);
    }

    /** The candidates as bytes, for a cache; {@link #fromBytes} reads them back. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return size;
    }

    /** The candidates, best first. */
    public List<Keyphrase> toList() {
        List<Keyphrase> out = new ArrayList<>(size);
        forEach((j, buf, keyAt, keyLength, spellingAt, spellingLength, score) -> out.add(new Keyphrase(
                new String(buf, keyAt, keyLength, StandardCharsets.UTF_8),
                new String(buf, spellingAt, spellingLength, StandardCharsets.UTF_8), score)));
        return out;
    }

    /** What {@link #forEach} hands over per candidate: its number, best first from 0, and slices of one buffer, read only. */
    @FunctionalInterface
    interface Visitor {
        void visit(int j, byte[] buf, int keyAt, int keyLength, int spellingAt, int spellingLength, float score);
    }

    /** Visits the candidates, best first. */
    void forEach(Visitor v) {
        int at = 1;
        for (int j = 0; j < size; j++) {
            int keyLength = length(bytes, at);
            int keyAt = at + 2;
            at = keyAt + keyLength;
            int spellingLength = length(bytes, at);
            int spellingAt = at + 2;
            at = spellingAt + spellingLength;
            int bits = (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
            at += 4;
            v.visit(j, bytes, keyAt, keyLength, spellingAt, spellingLength, Float.intBitsToFloat(bits));
        }
    }

    private static int putSlice(byte[] out, int at, byte[] slice) {
        out[at] = (byte) (slice.length >>> 8);
        out[at + 1] = (byte) slice.length;
        System.arraycopy(slice, 0, out, at + 2, slice.length);
        return at + 2 + slice.length;
    }

    private static int skipSlice(byte[] bytes, int at) {
        if (at + 2 > bytes.length) throw new IllegalArgumentException("tag candidates cut short");
        int end = at + 2 + length(bytes, at);
        if (end > bytes.length) throw new IllegalArgumentException("tag candidates cut short");
        return end;
    }

    private static int length(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagCandidates c && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TagCandidates" + toList();
    }
}
