package org.gazette.site;

import java.util.Arrays;

/** A growable int array: lists of article indexes for a million articles without boxing. */
final class IntBuffer {
    private int[] items = new int[4];
    private int size;

    void add(int v) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = v;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
