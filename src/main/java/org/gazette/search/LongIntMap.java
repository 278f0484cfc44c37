package org.gazette.search;

import java.util.Arrays;

/**
 * Counts per long key, for the terms of one article: open addressing without boxing, entries kept
 * in insertion order so that reading them and clearing the map cost the entries, not the table.
 * Not thread-safe.
 */
final class LongIntMap {
    private int[] table;      // entry index + 1, 0 when empty
    private long[] keys = new long[256];
    private int[] values = new int[256];
    private int[] slots = new int[256];
    private int size;

    LongIntMap() {
        table = new int[1024];
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0). */
    void add(long key, int delta) {
        int mask = table.length - 1;
        int i = slot(key, mask);
        for (int e; (e = table[i]) != 0; i = (i + 1) & mask) {
            if (keys[e - 1] == key) {
                values[e - 1] += delta;
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        keys[size] = key;
        values[size] = delta;
        slots[size] = i;
        table[i] = ++size;
        if (size * 2 > table.length) rehash();
    }

    int size() {
        return size;
    }

    /** The key of the {@code i}-th entry, in insertion order. */
    long key(int i) {
        return keys[i];
    }

    int value(int i) {
        return values[i];
    }

    void clear() {
        for (int i = 0; i < size; i++) table[slots[i]] = 0;
        size = 0;
    }

    private static int slot(long key, int mask) {
        long h = key ^ (key >>> 33); // MurmurHash3's finaliser: every key bit reaches the low bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33)) & mask;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int e = 0; e < size; e++) {
            int i = slot(keys[e], mask);
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = e + 1;
            slots[e] = i;
        }
    }
}
