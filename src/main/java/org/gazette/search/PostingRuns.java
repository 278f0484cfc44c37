package org.gazette.search;

import org.gazette.text.RadixSort;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Collects postings (term, document, weighted term frequency) from many threads in a fixed amount
 * of memory: each thread appends to a batch of its own (no lock, no string and no lookup on the
 * hot path); a full batch is sorted by term and spilled to a run file in a temporary folder;
 * {@link #merge} sorts what the batches still hold in memory, reads all runs back and merges them
 * with those batches in one k-way merge, and hands out each term once, in key
 * order, with its documents ascending. The result depends only on the postings added, never on
 * their order, the threads or where the batches were cut.
 */
final class PostingRuns implements AutoCloseable {
    /**
     * A term with its documents (ascending) and their weighted term frequencies; {@code word} is
     * {@link TermFiles#wordOf} the key.
     */
    record Term(String key, String word, int[] docs, int[] tfs) { }

    /** Heap a posting takes in a batch, and while the batch is sorted for spilling. */
    private static final int POSTING_BYTES = 16;
    private static final int SPILL_BYTES = 16;

    /** A run file's read buffer in the merge, at most and at least: the merge reads every run at once. */
    private static final int MAX_READ_BUFFER = 1 << 16;
    private static final int MIN_READ_BUFFER = 1 << 13;

    private final Path dir;
    /** Postings a thread's batch holds before it is spilled. */
    private final long budget;
    /** Bytes of heap all batches together may use: what the merge's read buffers may take too, once the batches are sorted. */
    private final long budgetBytes;
    private final DocTerms.Vocabularies vocab;
    private final List<Path> runs = new ArrayList<>();
    private final List<Batch> batches = new ArrayList<>();
    private final ThreadLocal<Batch> local = ThreadLocal.withInitial(() -> {
        Batch b = new Batch();
        synchronized (batches) {
            batches.add(b);
        }
        return b;
    });

    /**
     * @param dir    an empty folder for run files, deleted by {@link #close}
     * @param budget bytes of heap all batches together may use; each thread's batch gets a share
     */
    PostingRuns(Path dir, long budget, DocTerms.Vocabularies vocab) {
        this.dir = dir;
        this.budget = Math.max(1, budget / Runtime.getRuntime().availableProcessors() / (POSTING_BYTES + SPILL_BYTES));
        this.budgetBytes = budget;
        this.vocab = vocab;
    }

    /** Adds one document's terms. Thread-safe. */
    void add(int doc, LongIntMap terms) {
        Batch b = local.get();
        for (int i = 0; i < terms.size(); i++) b.add(terms.key(i), doc, terms.value(i));
        if (b.size > budget) spill(b);
    }

    /** How many run files were written so far. */
    int spills() {
        synchronized (runs) {
            return runs.size();
        }
    }

    /**
     * Hands every term to {@code sink} in key order (UTF-16 code units, as JavaScript compares).
     * Call after every {@link #add} has returned.
     */
    void merge(Consumer<Term> sink) {
        TermOrder order = new TermOrder(vocab); // the vocabularies are complete now
        List<Batch> last = new ArrayList<>();
        for (Batch b : batches) if (b.size > 0) last.add(b);
        sortAll(last, order);
        // the sorts' arrays go, and the read buffers take their share: a million articles make over
        // a thousand runs, and 64 KB each took the heap over its limit beside the pages still rendering
        synchronized (batches) {
            for (Batch b : batches) b.releaseSortArrays();
        }
        int readBuffer = (int) Math.max(MIN_READ_BUFFER, Math.min(MAX_READ_BUFFER, budgetBytes / 2 / Math.max(1, runs.size())));
        PriorityQueue<Run> queue = new PriorityQueue<>((a, b) -> Long.compare(a.key, b.key));
        List<Run> open = new ArrayList<>();
        try {
            for (Path run : runs) open.add(new FileRun(run, order, readBuffer));
            for (Batch b : last) open.add(new BatchRun(b));
            for (Run r : open) if (r.next()) queue.add(r);
            IntPairs merged = new IntPairs();
            while (!queue.isEmpty()) {
                long key = queue.peek().key;
                merged.clear();
                while (!queue.isEmpty() && queue.peek().key == key) {
                    Run r = queue.poll();
                    r.readPostings(merged);
                    if (r.next()) queue.add(r);
                }
                merged.sortByDoc();
                sink.accept(new Term(order.spell(key), order.wordOf(key), merged.firsts(), merged.seconds()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Run r : open) r.close();
            for (Batch b : last) b.clear();
        }
    }

    /**
     * Sorts the postings the threads' batches still hold by final sort key, each batch on a thread
     * of its own: they join the merge from memory, so the last postings are never written to a run
     * file and read back. There are as many batches as threads added documents.
     */
    private static void sortAll(List<Batch> last, TermOrder order) {
        if (last.size() <= 1) {
            for (Batch b : last) b.sort(order);
            return;
        }
        RuntimeException[] failure = new RuntimeException[1];
        List<Thread> threads = new ArrayList<>();
        for (Batch b : last) {
            Thread t = new Thread(() -> {
                try {
                    b.sort(order);
                } catch (RuntimeException e) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = e;
                    }
                }
            }, "gazette-index-sort");
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
        synchronized (failure) {
            if (failure[0] != null) throw failure[0];
        }
    }

    /** Writes a batch sorted by {@link TermOrder}: each term (as its number) and its postings. */
    private void spill(Batch batch) {
        Path run;
        synchronized (runs) {
            run = dir.resolve("run-" + runs.size());
            runs.add(run);
        }
        TermOrder order = new TermOrder(vocab);
        int n = batch.size;
        long[] keys = batch.terms;
        batch.sort(order);
        try (RunWriter out = new RunWriter(Files.newOutputStream(run))) {
            for (int start = 0, end; start < n; start = end) {
                long key = keys[start];
                end = start + 1;
                while (end < n && keys[end] == key) end++;
                out.writeLong(order.term(key));
                out.writeVarint(end - start);
                int prev = 0;
                for (int j = start; j < end; j++) {
                    int doc = (int) (batch.postings[j] >>> 32);
                    out.writeVarint(doc - prev);
                    out.writeVarint((int) batch.postings[j]);
                    prev = doc;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(run + ": cannot write a search index run: " + e.getMessage(), e);
        }
        batch.reset();
    }

    @Override
    public void close() {
        synchronized (runs) {
            try {
                for (Path r : runs) Files.deleteIfExists(r);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // A temporary folder left behind is harmless; the system cleans its temp folder.
            }
            runs.clear();
        }
        synchronized (batches) {
            batches.forEach(Batch::clear);
        }
    }

    /**
     * Writes a run through a buffer of its own: a spill writes a few bytes per posting, and
     * {@code DataOutputStream} over {@code BufferedOutputStream} takes a lock for each byte.
     */
    private static final class RunWriter implements AutoCloseable {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int pos;

        RunWriter(OutputStream out) {
            this.out = out;
        }

        void writeLong(long v) throws IOException {
            if (pos + 8 > buf.length) flush();
            for (int shift = 56; shift >= 0; shift -= 8) buf[pos++] = (byte) (v >>> shift);
        }

        void writeVarint(int v) throws IOException {
            if (pos + 5 > buf.length) flush();
            while ((v & ~0x7F) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        private void flush() throws IOException {
            out.write(buf, 0, pos);
            pos = 0;
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } finally {
                out.close();
            }
        }
    }

    /**
     * One thread's postings since its last spill, in the order they came (appending is all add()
     * does): the term, and the document and weighted term frequency packed in a long.
     */
    private static final class Batch {
        long[] terms = new long[1 << 12];
        long[] postings = new long[1 << 12];
        int size;
        /** The sort's own arrays, as long as the batch's: kept from spill to spill, like the batch's. */
        private long[] sortTerms = new long[0];
        private long[] sortPostings = new long[0];

        void add(long term, int doc, int tf) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
                postings = Arrays.copyOf(postings, size * 2);
            }
            terms[size] = term;
            postings[size++] = (long) doc << 32 | tf;
        }

        /**
         * Replaces each term by its sort key under {@code order} and sorts the postings by it, and
         * each term's postings by document: a posting is {@code doc << 32 | tf} and a term has a
         * document once, so sorting the longs sorts by document.
         */
        void sort(TermOrder order) {
            for (int i = 0; i < size; i++) terms[i] = order.of(terms[i]);
            if (sortTerms.length < size) {
                sortTerms = new long[terms.length];
                sortPostings = new long[terms.length];
            }
            RadixSort.sort(terms, postings, size, sortTerms, sortPostings);
            for (int start = 0, end; start < size; start = end) {
                end = start + 1;
                while (end < size && terms[end] == terms[start]) end++;
                if (end - start > 1 && !ascending(postings, start, end)) Arrays.sort(postings, start, end);
            }
        }

        /** Whether {@code a[start, end)} is sorted already: it is when documents were added in order. */
        private static boolean ascending(long[] a, int start, int end) {
            for (int i = start + 1; i < end; i++) if (a[i] < a[i - 1]) return false;
            return true;
        }

        /** Empties the batch for the postings that come next: its arrays have grown to what a spill takes, and stay. */
        void reset() {
            size = 0;
        }

        /** Lets go of the sort's arrays: the batch will not be sorted again. */
        void releaseSortArrays() {
            sortTerms = new long[0];
            sortPostings = new long[0];
        }

        /** Empties the batch and lets go of its arrays. */
        void clear() {
            terms = new long[1 << 12];
            postings = new long[1 << 12];
            sortTerms = new long[0];
            sortPostings = new long[0];
            size = 0;
        }
    }

    /** A sorted run the merge reads term by term: {@link #key} is the current term's sort key. */
    private abstract static class Run implements AutoCloseable {
        long key;

        /** Moves to the next term and keeps its sort key; false at the end of the run. */
        abstract boolean next() throws IOException;

        /** Adds the current term's postings. */
        abstract void readPostings(IntPairs into) throws IOException;

        @Override
        public void close() { }
    }

    /** A batch sorted in memory by final sort keys ({@link Batch#sort}), read where it lies. */
    private static final class BatchRun extends Run {
        private final Batch batch;
        private int start;
        private int end;

        BatchRun(Batch batch) {
            this.batch = batch;
        }

        @Override
        boolean next() {
            start = end;
            if (start >= batch.size) return false;
            key = batch.terms[start];
            end = start + 1;
            while (end < batch.size && batch.terms[end] == key) end++;
            return true;
        }

        @Override
        void readPostings(IntPairs into) {
            for (int i = start; i < end; i++) into.add((int) (batch.postings[i] >>> 32), (int) batch.postings[i]);
        }
    }

    /** Reads one run file term by term, from a buffer of its own (no lock per byte). */
    private static final class FileRun extends Run {
        private final InputStream in;
        private final byte[] buf;
        private final TermOrder order;
        private int pos;
        private int limit;

        FileRun(Path run, TermOrder order, int bufferSize) throws IOException {
            in = Files.newInputStream(run);
            buf = new byte[bufferSize];
            this.order = order;
        }

        private int read() throws IOException {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xFF;
        }

        private int varint() throws IOException {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = read();
                if (b < 0) throw new EOFException();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
        }

        @Override
        boolean next() throws IOException {
            int first = read();
            if (first < 0) return false;
            long term = first;
            for (int i = 1; i < 8; i++) term = term << 8 | read();
            key = order.of(term);
            return true;
        }

        @Override
        void readPostings(IntPairs into) throws IOException {
            int n = varint();
            int doc = 0;
            for (int i = 0; i < n; i++) {
                doc += varint();
                into.add(doc, varint());
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
}
