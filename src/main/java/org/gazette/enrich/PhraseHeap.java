package org.gazette.enrich;

/**
 * The phrases of one article, best first, by their scores in {@link KeyphraseExtractor}: a binary
 * heap of phrase numbers, built in linear time, from which only the few best are taken. Ties go to
 * the phrase that appears first, then to the shorter; two phrases never tie on all three (the same
 * first word and length is the same phrase), so the order does not depend on how the heap is built.
 */
final class PhraseHeap {
    private final int[] heap;
    private int size;
    private final float[] scores;
    private final CandidatePhrases phrases;

    /** @param members phrase numbers; the array becomes the heap's */
    PhraseHeap(int[] members, CandidatePhrases phrases, float[] scores) {
        this.heap = members;
        this.size = members.length;
        this.phrases = phrases;
        this.scores = scores;
        for (int i = size / 2 - 1; i >= 0; i--) siftDown(i);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Removes and returns the best phrase left. */
    int poll() {
        int top = heap[0];
        heap[0] = heap[--size];
        if (size > 0) siftDown(0);
        return top;
    }

    private void siftDown(int i) {
        int x = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && better(heap[right], heap[child])) child = right;
            if (!better(heap[child], x)) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    /** Whether phrase {@code a} comes before phrase {@code b}. */
    private boolean better(int a, int b) {
        int c = Float.compare(scores[b], scores[a]);
        if (c == 0) c = Integer.compare(phrases.first(a), phrases.first(b));
        if (c == 0) c = Integer.compare(phrases.words(a), phrases.words(b));
        return c < 0;
    }
}
