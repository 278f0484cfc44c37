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
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Collects postings (term, document, weighted term frequency) from many threads in a fixed amount
 * of memory: each thread fills a batch of its own, keyed by number (no lock and no string on the
 * hot path); a full batch is sorted by term and spilled to a run file in a temporary folder;
 * {@link #merge} reads all runs back in one k-way merge and hands out each term once, in key
 * order, with its documents ascending. The result depends only on the postings added, never on
 * their order, the threads or where the batches were cut.
 */
final class PostingRuns implements AutoCloseable {
    /** A term with its documents (ascending) and their weighted term frequencies. */
    record Term(String key, int[] docs, int[] tfs) { }

    /** Rough heap cost of a posting and of a new term in a batch, for the memory budget. */
    private static final int POSTING_BYTES = 8;
    private static final int TERM_BYTES = 96;

    private final Path dir;
    private final long budget;
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
        this.budget = Math.max(1, budget / Runtime.getRuntime().availableProcessors());
        this.vocab = vocab;
    }

    /** Adds one document's terms. Thread-safe. */
    void add(int doc, LongIntMap terms) {
        Batch b = local.get();
        terms.forEach((term, tf) -> {
            int slot = b.slots.get(term);
            if (slot < 0) {
                slot = b.lists.size();
                b.slots.add(term, slot + 1);
                b.terms.add(term);
                b.lists.add(new IntPairs());
                b.used += TERM_BYTES;
            } else {
                slot--;
            }
            b.lists.get(slot).add(doc, tf);
            b.used += POSTING_BYTES;
        });
        if (b.used > budget) spill(b);
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
        for (Batch b : batches) if (!b.lists.isEmpty()) spill(b);
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

    /**
     * Writes a batch in key order. Sorting numbers, not strings: a term's sort key is built from
     * the ranks of its strings, which orders exactly like the spelled-out keys because tags
     * ({@code #…}) sort before any word, and a word's spellings ({@code w\u0001…}) and pairs
     * ({@code w …}) sort right after it and before any longer word.
     */
    private void spill(Batch batch) {
        Path run;
        synchronized (runs) {
            run = dir.resolve("run-" + runs.size());
            runs.add(run);
        }
        String[] words = vocab.words().strings(), spellings = vocab.spellings().strings(), tags = vocab.tags().strings();
        int[] wordRank = Vocabulary.ranks(words), spellingRank = Vocabulary.ranks(spellings), tagRank = Vocabulary.ranks(tags);
        int n = batch.terms.size();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            long t = batch.terms.get(i);
            int a = DocTerms.first(t), b = DocTerms.second(t), kind = DocTerms.kind(t);
            long sortKey = switch (kind) {
                case DocTerms.TAG_KIND -> tagRank[a];
                case DocTerms.WORD_KIND -> (1L << 62) | ((long) wordRank[a] << 32);
                case DocTerms.SPELLING_KIND -> (1L << 62) | ((long) wordRank[a] << 32) | (1L << 30) | spellingRank[b];
                default -> (1L << 62) | ((long) wordRank[a] << 32) | (2L << 30) | wordRank[b];
            };
            order[i] = sortKey;
            batch.sortKeys.add(sortKey, i + 1);
        }
        Arrays.sort(order);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (long sortKey : order) {
                int i = batch.sortKeys.get(sortKey) - 1;
                IntPairs p = batch.lists.get(i);
                p.sortByDoc();
                out.writeUTF(DocTerms.Vocabularies.key(batch.terms.get(i), words, spellings, tags));
                writeVarint(out, p.size);
                int prev = 0;
                for (int j = 0; j < p.size; j++) {
                    writeVarint(out, p.items[2 * j] - prev);
                    writeVarint(out, p.items[2 * j + 1]);
                    prev = p.items[2 * j];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(run + ": cannot write a search index run: " + e.getMessage(), e);
        }
        batch.clear();
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

    /** One thread's postings since its last spill: term → slot+1, and the slots' terms and postings. */
    private static final class Batch {
        LongIntMap slots = new LongIntMap(1 << 16);
        LongIntMap sortKeys = new LongIntMap(16);
        LongList terms = new LongList();
        List<IntPairs> lists = new ArrayList<>();
        long used;

        void clear() {
            slots = new LongIntMap(1 << 16);
            sortKeys = new LongIntMap(16);
            terms = new LongList();
            lists = new ArrayList<>();
            used = 0;
        }
    }

    /** A growable list of longs without boxing. */
    private static final class LongList {
        long[] items = new long[1024];
        int size;

        void add(long v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        long get(int i) {
            return items[i];
        }

        int size() {
            return size;
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
