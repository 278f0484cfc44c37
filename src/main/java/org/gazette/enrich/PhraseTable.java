package org.gazette.enrich;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.text.StringHash;

/**
 * Interns phrase keys to dense int ids and keeps, per id, the number of articles that use it and
 * the votes for its spellings. Built for millions of keys in little memory: keys and spellings are
 * UTF-8 bytes in 64 KiB pages, found through an open-addressing table of ids; the only objects per
 * key are the rare extra spellings (a key seen in more than one form).
 *
 * <p>Per key: the key and its first spelling as bytes with a 2-byte length each (about 30 bytes
 * for a Vietnamese phrase of two syllables), 5 to 11 bytes of table at a load of 3/8 to 3/4, and
 * 5 ints in arrays grown by half (hash, key and spelling references, spelling votes, article
 * count): some 60 to 70 bytes in all. Not thread-safe: {@link TagAssigner} guards the writes.
 */
final class PhraseTable {
    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    /** Spelling numbers fit in 4 bits; this one stands for any spelling past the first 15. */
    static final int UNKNOWN_SPELLING = 15;
    /** Longest key or spelling, in UTF-8 bytes: it and its 2-byte length fit one page. */
    static final int MAX_BYTES = PAGE_SIZE - 2;

    private byte[][] pages = new byte[1][];
    private int pageCount;
    private int pageUsed = PAGE_SIZE;
    private int[] slots = new int[1 << 10];
    private int size;
    /** Per id: the key's hash, so that probing compares bytes only on a likely match. */
    private int[] hashes = new int[1 << 9];
    private int[] keyRefs = new int[1 << 9];
    private int[] spellingRefs = new int[1 << 9];
    private int[] spellingVotes = new int[1 << 9];
    private int[] articleCounts = new int[1 << 9];
    /** Spellings other than the first, by id: rare, so kept as objects. */
    private final Map<Integer, Spellings> otherSpellings = new HashMap<>();

    /** Spellings 1, 2, … of one phrase (spelling 0 lives in the pages) and their votes. */
    private static final class Spellings {
        final List<String> forms = new ArrayList<>(2);
        int[] votes = new int[2];
    }

    int size() {
        return size;
    }

    /** The id of {@code key}, or -1 when it was never interned. */
    int find(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return slots[slotOf(bytes, 0, bytes.length, hash(bytes, 0, bytes.length))] - 1;
    }

    /** The id of {@code key}, interned when new. */
    int intern(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return intern(bytes, 0, bytes.length, hash(bytes, 0, bytes.length));
    }

    /** The id of the key made of {@code length} bytes of {@code buf} from {@code at}, interned when new; {@code hash} is their {@link #hash}. */
    int intern(byte[] buf, int at, int length, int hash) {
        int slot = slotOf(buf, at, length, hash);
        if (slots[slot] != 0) return slots[slot] - 1;
        if (size == keyRefs.length) growIds();
        int id = size++;
        hashes[id] = hash;
        keyRefs[id] = store(buf, at, length);
        spellingRefs[id] = -1;
        slots[slot] = id + 1;
        if (4 * size > 3 * slots.length) rehash();
        return id;
    }

    /**
     * Counts one more article that uses phrase {@code id}, spelled {@code spelling}. Returns the
     * number of that spelling among the phrase's spellings (0 for the first seen), or {@link
     * #UNKNOWN_SPELLING} past the first {@value #UNKNOWN_SPELLING}.
     */
    int addUse(int id, String spelling) {
        return addUse(id, spelling, spelling.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #addUse(int, String)}, with the spelling's UTF-8 bytes made beforehand (compared as they are). */
    int addUse(int id, String spelling, byte[] spellingBytes) {
        return addUse(id, spellingBytes, 0, spellingBytes.length, spelling);
    }

    /**
     * As {@link #addUse(int, String)}, with the spelling as {@code length} UTF-8 bytes of {@code buf}
     * from {@code at}; {@code spelling} is the same as a string, or null to decode it from them
     * when needed (a spelling other than the first, which is rare).
     */
    int addUse(int id, byte[] buf, int at, int length, String spelling) {
        articleCounts[id]++;
        if (spellingRefs[id] < 0) {
            spellingRefs[id] = store(buf, at, length);
            spellingVotes[id] = 1;
            return 0;
        }
        if (equalsAt(spellingRefs[id], buf, at, length)) {
            spellingVotes[id]++;
            return 0;
        }
        if (spelling == null) spelling = new String(buf, at, length, StandardCharsets.UTF_8);
        Spellings others = otherSpellings.computeIfAbsent(id, k -> new Spellings());
        int k = others.forms.indexOf(spelling);
        if (k < 0) {
            k = others.forms.size();
            others.forms.add(spelling);
            if (k == others.votes.length) others.votes = Arrays.copyOf(others.votes, 2 * k);
        }
        others.votes[k]++;
        return Math.min(k + 1, UNKNOWN_SPELLING);
    }

    /** Whether phrase {@code id} was ever added with a spelling (ids interned only as merge targets may not be). */
    boolean hasSpelling(int id) {
        return spellingRefs[id] >= 0;
    }

    int spellingCount(int id) {
        Spellings others = otherSpellings.get(id);
        return 1 + (others == null ? 0 : others.forms.size());
    }

    /** Spelling number {@code k} of phrase {@code id}, {@code 0 <= k < spellingCount(id)}. */
    String spelling(int id, int k) {
        return k == 0 ? read(spellingRefs[id]) : otherSpellings.get(id).forms.get(k - 1);
    }

    /** The number of articles that spell phrase {@code id} as spelling number {@code k}. */
    int spellingVotes(int id, int k) {
        return k == 0 ? spellingVotes[id] : otherSpellings.get(id).votes[k - 1];
    }

    int articleCount(int id) {
        return articleCounts[id];
    }

    String key(int id) {
        return read(keyRefs[id]);
    }

    /** An estimate of the heap this table holds, in bytes. */
    long retainedBytes() {
        long bytes = 4L * slots.length + 5L * 4 * keyRefs.length + (long) pageCount * PAGE_SIZE;
        for (Spellings m : otherSpellings.values()) bytes += 96 + 56L * m.forms.size();
        return bytes;
    }

    private int slotOf(byte[] buf, int at, int length, int hash) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id < 0 || (hashes[id] == hash && equalsAt(keyRefs[id], buf, at, length))) return slot;
        }
    }

    /** The hash of a key's UTF-8 bytes, as the table files it ({@link Arrays#hashCode(byte[])} of the slice). */
    static int hash(byte[] buf, int at, int length) {
        int h = 1;
        for (int i = at, end = at + length; i < end; i++) h = 31 * h + buf[i];
        return h;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = mix(hashes[id]) & mask;
            while (bigger[slot] != 0) slot = (slot + 1) & mask;
            bigger[slot] = id + 1;
        }
        slots = bigger;
    }

    private void growIds() {
        int n = keyRefs.length + keyRefs.length / 2;
        hashes = Arrays.copyOf(hashes, n);
        keyRefs = Arrays.copyOf(keyRefs, n);
        spellingRefs = Arrays.copyOf(spellingRefs, n);
        spellingVotes = Arrays.copyOf(spellingVotes, n);
        articleCounts = Arrays.copyOf(articleCounts, n);
    }

    /** Appends a length-prefixed byte string; returns its reference (page number, offset). */
    private int store(byte[] buf, int at, int length) {
        if (length > MAX_BYTES) throw new IllegalArgumentException("phrase of " + length + " bytes, more than " + MAX_BYTES);
        if (pageUsed + 2 + length > PAGE_SIZE) {
            if (pageCount == pages.length) pages = Arrays.copyOf(pages, pageCount * 2);
            pages[pageCount++] = new byte[PAGE_SIZE];
            pageUsed = 0;
        }
        byte[] page = pages[pageCount - 1];
        int ref = ((pageCount - 1) << PAGE_BITS) | pageUsed;
        page[pageUsed] = (byte) (length >>> 8);
        page[pageUsed + 1] = (byte) length;
        System.arraycopy(buf, at, page, pageUsed + 2, length);
        pageUsed += 2 + length;
        return ref;
    }

    /** A 64-bit hash of the key of {@code id}, from its bytes: equal for equal keys, whatever their ids. */
    long keyDigest(int id) {
        int ref = keyRefs[id];
        byte[] page = pages[ref >>> PAGE_BITS];
        int offset = ref & (PAGE_SIZE - 1);
        int length = ((page[offset] & 0xFF) << 8) | (page[offset + 1] & 0xFF);
        return StringHash.digest(page, offset + 2, offset + 2 + length);
    }

    private String read(int ref) {
        byte[] page = pages[ref >>> PAGE_BITS];
        int offset = ref & (PAGE_SIZE - 1);
        int length = ((page[offset] & 0xFF) << 8) | (page[offset + 1] & 0xFF);
        return new String(page, offset + 2, length, StandardCharsets.UTF_8);
    }

    private boolean equalsAt(int ref, byte[] buf, int at, int keyLength) {
        byte[] page = pages[ref >>> PAGE_BITS];
        int offset = ref & (PAGE_SIZE - 1);
        int length = ((page[offset] & 0xFF) << 8) | (page[offset + 1] & 0xFF);
        return length == keyLength && Arrays.equals(page, offset + 2, offset + 2 + length, buf, at, at + length);
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
