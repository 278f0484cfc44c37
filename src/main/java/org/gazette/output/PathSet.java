package org.gazette.output;


/**
 * The paths a build has written, as 64-bit hashes in an open-addressing table: 16 bytes a file at
 * most, where a set of strings would take ten times that for a million files. Thread-safe.
 */
final class PathSet {
    private static final long EMPTY = 0;
    private long[] table = new long[1 << 12];
    private int size;

    /** Adds a path's hash; false when it was there already. */
    synchronized boolean add(long hash) {
        long h = hash == EMPTY ? 1 : hash;
        if (2 * (size + 1) > table.length) grow();
        int i = slot(table, h);
        if (table[i] == h) return false;
        table[i] = h;
        size++;
        return true;
    }

    synchronized boolean contains(long hash) {
        long h = hash == EMPTY ? 1 : hash;
        return table[slot(table, h)] == h;
    }

    synchronized int size() {
        return size;
    }

    private static int slot(long[] t, long h) {
        int mask = t.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (t[i] != EMPTY && t[i] != h) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long h : old) if (h != EMPTY) table[slot(table, h)] = h;
    }

    @Override
    public synchronized String toString() {
        return "PathSet[" + size + "]";
    }
}
