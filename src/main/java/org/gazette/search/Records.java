package org.gazette.search;

import org.gazette.output.StagedOutput;

import java.util.HashMap;
import java.util.Map;

/**
 * Result records, written as soon as each shard {@code search/r/<n>.js} (documents
 * {@code n·size … n·size+size-1}) is complete. Pages render roughly in site order and a shard holds
 * neighbours in it, so only a few shards are ever waiting; a million records never sit in memory.
 * Thread-safe.
 */
final class Records {
    static final String DIR = "search/r/";

    private final StagedOutput out;
    private final int size;
    private final int docs;
    private final Map<Integer, String[]> waiting = new HashMap<>();
    private final Map<Integer, Integer> filled = new HashMap<>();

    Records(StagedOutput out, int size, int docs) {
        this.out = out;
        this.size = size;
        this.docs = docs;
    }

    /** @param record the record as a JavaScript array literal */
    void add(int doc, String record) {
        int shard = doc / size;
        String[] complete;
        synchronized (this) {
            String[] slots = waiting.computeIfAbsent(shard, s -> new String[slotsOf(s)]);
            if (slots[doc % size] != null) throw new IllegalStateException("document " + doc + " added twice");
            slots[doc % size] = record;
            int n = filled.merge(shard, 1, Integer::sum);
            if (n < slots.length) return;
            complete = waiting.remove(shard);
            filled.remove(shard);
        }
        write(shard, complete);
    }

    /** Writes shards still waiting for documents that were never added (their slots stay null). */
    void finish() {
        Map<Integer, String[]> rest;
        synchronized (this) {
            rest = new HashMap<>(waiting);
            waiting.clear();
            filled.clear();
        }
        rest.forEach(this::write);
    }

    private int slotsOf(int shard) {
        return Math.min(size, docs - shard * size);
    }

    private void write(int shard, String[] slots) {
        StringBuilder sb = new StringBuilder(slots.length * 512).append('[');
        for (int i = 0; i < slots.length; i++) sb.append(i > 0 ? "," : "").append(slots[i] == null ? "null" : slots[i]);
        out.write(DIR + shard + ".js", Js.file("r/" + shard, sb.append(']')));
    }
}
