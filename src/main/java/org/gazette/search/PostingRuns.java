package org.gazette.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Collects postings (term, document, weighted term frequency) from many threads in a fixed amount
 * of memory: postings accumulate in a batch; a full batch is sorted by term and spilled to a run
 * file in a temporary folder; {@link #merge} reads all runs back in one k-way merge and hands out
 * each term once, in term order, with its documents ascending. The result depends only on the
 * postings added, never on their order or on where the batches were cut.
 */
final class PostingRuns implements AutoCloseable {
    /** A term with its documents (ascending) and their weighted term frequencies. */
    record Term(String key, int[] docs, int[] tfs) { }

    /** Rough heap cost of a posting and of a new term in a batch, for the memory budget. */
    private static final int POSTING_BYTES = 8;
    private static final int TERM_BYTES = 120;

    private final Path dir;
    private final long budget;
    private final List<Path> runs = new ArrayList<>();
    private Map<String, IntPairs> batch = new HashMap<>();
    private long used;

    /**
     * @param dir    an empty folder for run files, deleted by {@link #close}
     * @param budget bytes of heap a batch may use before it is spilled
     */
    PostingRuns(Path dir, long budget) {
        this.dir = dir;
        this.budget = budget;
    }

    /** Adds one document's terms. Thread-safe. */
    synchronized void add(int doc, Map<String, int[]> terms) {
        for (Map.Entry<String, int[]> e : terms.entrySet()) {
            IntPairs p = batch.get(e.getKey());
            if (p == null) {
                batch.put(e.getKey(), p = new IntPairs());
                used += TERM_BYTES + e.getKey().length() * 2L;
            }
            p.add(doc, e.getValue()[0]);
            used += POSTING_BYTES;
        }
        if (used > budget) spill();
    }

    /** How many run files were written so far. */
    synchronized int spills() {
        return runs.size();
    }

    /** Hands every term to {@code sink} in key order (UTF-16 code units, as JavaScript compares). */
    synchronized void merge(Consumer<Term> sink) {
        if (runs.isEmpty()) {
            String[] keys = batch.keySet().toArray(new String[0]);
            Arrays.sort(keys);
            for (String k : keys) {
                IntPairs p = batch.get(k);
                p.sortByDoc();
                sink.accept(new Term(k, p.firsts(), p.seconds()));
            }
            batch = new HashMap<>();
            return;
        }
        if (!batch.isEmpty()) spill();
        PriorityQueue<RunReader> queue = new PriorityQueue<>((a, b) -> a.key.compareTo(b.key));
        List<RunReader> open = new ArrayList<>();
        try {
            for (Path run : runs) {
                RunReader r = new RunReader(run);
                open.add(r);
                if (r.next()) queue.add(r);
            }
            IntPairs merged = new IntPairs();
            while (!queue.isEmpty()) {
                String key = queue.peek().key;
                merged.clear();
                while (!queue.isEmpty() && queue.peek().key.equals(key)) {
                    RunReader r = queue.poll();
                    r.readPostings(merged);
                    if (r.next()) queue.add(r);
                }
                merged.sortByDoc();
                sink.accept(new Term(key, merged.firsts(), merged.seconds()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (RunReader r : open) r.close();
        }
    }

    private void spill() {
        Path run = dir.resolve("run-" + runs.size());
        String[] keys = batch.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (String k : keys) {
                IntPairs p = batch.get(k);
                p.sortByDoc();
                out.writeUTF(k);
                writeVarint(out, p.size);
                int prev = 0;
                for (int i = 0; i < p.size; i++) {
                    writeVarint(out, p.items[2 * i] - prev);
                    writeVarint(out, p.items[2 * i + 1]);
                    prev = p.items[2 * i];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(run + ": cannot write a search index run: " + e.getMessage(), e);
        }
        runs.add(run);
        batch = new HashMap<>();
        used = 0;
    }

    @Override
    public synchronized void close() {
        try {
            for (Path r : runs) Files.deleteIfExists(r);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the system cleans its temp folder.
        }
        runs.clear();
        batch = new HashMap<>();
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }

    /** Reads one run file term by term. */
    private static final class RunReader implements AutoCloseable {
        private final DataInputStream in;
        String key;

        RunReader(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
        }

        boolean next() throws IOException {
            try {
                key = in.readUTF();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }

        void readPostings(IntPairs into) throws IOException {
            int n = readVarint(in);
            int doc = 0;
            for (int i = 0; i < n; i++) {
                doc += readVarint(in);
                into.add(doc, readVarint(in));
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                // read-only; nothing to lose
            }
        }
    }

    /** A growable list of (document, value) pairs without boxing. */
    static final class IntPairs {
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
}
