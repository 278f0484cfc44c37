package org.gazette.search;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, without boxing: the indexer looks up every
 * word of every article in one, so it must be cheap. Not thread-safe.
 */
final class LongIntMap {
    /** No key the index makes is -1: that would need numbers of 2^31 - 1. */
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity * 2) - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    /** The value of {@code key}, or -1 when absent. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) return values[i];
            if (keys[i] == EMPTY) return -1;
        }
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0); returns the new value. */
    int add(long key, int delta) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != key && keys[i] != EMPTY) i = (i + 1) & mask;
        if (keys[i] == key) return values[i] += delta;
        keys[i] = key;
        values[i] = delta;
        if (++size * 2 > keys.length) grow();
        return delta;
    }

    int size() {
        return size;
    }

    /** Calls {@code each} for every entry, in no particular order. */
    void forEach(Entry each) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) each.accept(keys[i], values[i]);
    }

    void clear() {
        if (size == 0) return;
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    @FunctionalInterface
    interface Entry {
        void accept(long key, int value);
    }

    private static int slot(long key, int mask) {
        long h = key ^ (key >>> 33); // MurmurHash3's finaliser: every key bit reaches the low bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) add(oldKeys[i], oldValues[i]);
    }
}
