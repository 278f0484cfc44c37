package org.gazette.search;

import java.util.Arrays;

/** A growable list of (document, value) pairs without boxing. */
final class IntPairs {
    int[] items = new int[4];
    int size;

    void add(int a, int b) {
        if (2 * size + 2 > items.length) items = Arrays.copyOf(items, items.length * 2);
        items[2 * size] = a;
        items[2 * size + 1] = b;
        size++;
    }

    void clear() {
        size = 0;
    }

    /** Sorts by document; documents are unique within a term, so values never tie-break. */
    void sortByDoc() {
        for (int i = 1; i < size; i++) {
            if (items[2 * i] < items[2 * i - 2]) {
                long[] packed = new long[size];
                for (int j = 0; j < size; j++) packed[j] = ((long) items[2 * j] << 32) | (items[2 * j + 1] & 0xFFFFFFFFL);
                Arrays.sort(packed);
                for (int j = 0; j < size; j++) {
                    items[2 * j] = (int) (packed[j] >>> 32);
                    items[2 * j + 1] = (int) packed[j];
                }
                return;
            }
        }
    }

    int[] firsts() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[i] = items[2 * i];
        return out;
    }

    int[] seconds() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[i] = items[2 * i + 1];
        return out;
    }
}
