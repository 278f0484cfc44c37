package org.gazette.search;

import org.gazette.output.StagedOutput;

import org.gazette.text.StringHash;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Result records, written as soon as each shard {@code search/r/<n>.js} (documents
 * {@code n·size … n·size+size-1}) is complete. Pages render roughly in site order and a shard holds
 * neighbours in it, so only a few shards are ever waiting; a million records never sit in memory.
 * A shard whose documents have the keys they had at the previous build is that build's file, kept
 * without being put together. Thread-safe.
 */
final class Records {
    static final String DIR = "search/r/";

    private final StagedOutput out;
    private final int size;
    private final int docs;
    private final long salt;
    private final Map<Integer, Shard> waiting = new HashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    /**
     * @param salt what the records depend on besides their documents (the Gazette code); 0 when
     *             documents carry no key, and every shard is made and compared by its bytes
     */
    Records(StagedOutput out, int size, int docs, long salt) {
        this.out = out;
        this.size = size;
        this.docs = docs;
        this.salt = salt;
    }

    /**
     * @param docKey what the record is made of, as a hash ({@code 0} when unknown)
     * @param record the record as a JavaScript array literal, in UTF-8
     */
    void add(int doc, long docKey, byte[] record) {
        int shard = doc / size;
        Shard complete;
        synchronized (this) {
            Shard s = waiting.computeIfAbsent(shard, k -> new Shard(slotsOf(k)));
            if (s.records[doc % size] != null) throw new IllegalStateException("document " + doc + " added twice");
            s.records[doc % size] = record;
            s.keys[doc % size] = docKey;
            if (++s.filled < s.records.length) return;
            complete = waiting.remove(shard);
        }
        write(shard, complete);
    }

    /** Writes shards still waiting for documents that were never added (their slots stay null). */
    void finish() {
        Map<Integer, Shard> rest;
        synchronized (this) {
            rest = new HashMap<>(waiting);
            waiting.clear();
        }
        rest.forEach(this::write);
    }

    private int slotsOf(int shard) {
        return Math.min(size, docs - shard * size);
    }

    private void write(int shard, Shard s) {
        String file = DIR + shard + ".js";
        long fingerprint = s.fingerprint(salt);
        if (out.keep(file, fingerprint)) {
            kept.incrementAndGet();
            return;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream(s.records.length * 512);
        data.write('[');
        for (int i = 0; i < s.records.length; i++) {
            if (i > 0) data.write(',');
            data.writeBytes(s.records[i] == null ? NULL : s.records[i]);
        }
        data.write(']');
        out.write(file, Js.file("r/" + shard, data.toByteArray()), fingerprint);
    }

    /** Shards kept as they were. */
    int kept() {
        return kept.get();
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    /** One shard's records as they come, with the keys of their documents. */
    private static final class Shard {
        final byte[][] records;
        final long[] keys;
        int filled;

        Shard(int slots) {
            records = new byte[slots][];
            keys = new long[slots];
        }

        /** A hash of every document's key in order; 0 (never kept) when one is missing or unknown. */
        long fingerprint(long salt) {
            if (salt == 0) return 0;
            long h = StringHash.combine(salt, keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (records[i] == null || keys[i] == 0) return 0;
                h = StringHash.combine(h, keys[i]);
            }
            return h == 0 ? 1 : h;
        }
    }
}
