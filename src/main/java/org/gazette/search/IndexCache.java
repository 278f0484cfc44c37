package org.gazette.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

import org.gazette.output.CacheFiles;

/**
 * What the previous build's search index was made of, so that a rebuild tokenizes only the
 * articles that changed: for each document, what it was built from (a hash, {@code docKey}), its
 * length and its result record; and every term with its postings, in key order. A rebuild takes
 * over the documents whose key is unchanged and merges their old postings with those of the
 * documents it indexed again ({@link SearchIndexWriter}); the result is the index a build from
 * scratch makes.
 *
 * <p>One file beside the output folder, written anew by every build and swapped in by
 * {@link #commit}: a header (magic, version, key), the records as they came, the terms (front-coded
 * keys, then the document count, the byte length of the postings and the postings, document gaps
 * and term frequencies as varints, then the term's encoded postings as its index entry had them;
 * the length lets a rebuild pass over postings it does not need), the document table (32 bytes per document) and a footer (counts,
 * offsets, the average document length scored with) with a CRC-32C of everything before it. A file whose key, size or
 * checksum is not right is not used. In memory: the two document tables, about 64 MB at a
 * million documents; terms and records are read where they lie.
 *
 * <p>{@link #putRecord} is thread-safe; the terms are written and read by one thread.
 */
final class IndexCache implements AutoCloseable {
    private static final int MAGIC = 0x475a5349; // "GZSI"
    private static final int VERSION = 3;
    private static final int HEADER = 16;
    private static final int ENTRY = 32;
    private static final int FOOTER = 44;

    private final Path file;
    private final Path next;
    private final Consumer<String> problem;
    private final Previous previous;

    private FileChannel out;
    private final CRC32C crc = new CRC32C();
    private long end;
    /** Records not yet written, {@link #buffered} bytes of them; they belong at {@link #end}. */
    private final byte[] records = new byte[1 << 20];
    private int buffered;
    private volatile boolean failed;
    private final long[] pathHashes;
    private final long[] docKeys;
    private final int[] lengths;
    private final long[] recordAt;
    private final int[] recordLength;
    private long termsAt = -1;
    private long termCount;
    private Output terms;
    private double avgdl;

    private IndexCache(Path file, long key, Previous previous, int docs, Consumer<String> problem) {
        this.file = file;
        this.next = file.resolveSibling(file.getFileName() + ".tmp");
        this.problem = problem;
        this.previous = previous;
        this.pathHashes = new long[docs];
        this.docKeys = new long[docs];
        this.lengths = new int[docs];
        this.recordAt = new long[docs];
        this.recordLength = new int[docs];
        try {
            Files.deleteIfExists(next);
            out = FileChannel.open(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            append(ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(VERSION).putLong(key).flip());
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * Opens the cache at {@code file} for an index of {@code docs} documents.
     *
     * @param key     what the index depends on besides its documents (the Gazette code, the
     *                site's settings): a cache with another key is not used
     * @param reuse   false to index every document again (the new cache is written all the same)
     * @param problem told, once, when the cache cannot be written
     */
    static IndexCache open(Path file, long key, boolean reuse, int docs, Consumer<String> problem) {
        return new IndexCache(file, key, reuse ? Previous.open(file, key) : Previous.NONE, docs, problem);
    }

    /** {@link #open} with the previous build's cache read already ({@link #readPrevious}). */
    static IndexCache open(Path file, long key, Previous previous, int docs, Consumer<String> problem) {
        return new IndexCache(file, key, previous, docs, problem);
    }

    /**
     * Reads the previous build's cache at {@code file}, checking every byte, for {@link
     * #open(Path, long, Previous, int, Consumer)}: none when it is missing, damaged or of another key.
     * Close it if it is not handed on.
     */
    static Previous readPrevious(Path file, long key) {
        return Previous.open(file, key);
    }

    /** The previous build's number for the document at {@code pathHash} if it was made from the same {@code docKey}; else -1. */
    int previousDoc(long pathHash, long docKey) {
        return previous.find(pathHash, docKey);
    }

    /** The previous build's document count (its numbers run from 0 to this). */
    int previousDocs() {
        return previous.size;
    }

    /** The average document length the previous build scored with; NaN without a previous index. */
    double previousAvgdl() {
        return previous.avgdl;
    }

    /** The average document length this build scores with, for the next build's {@link #previousAvgdl}. */
    void avgdl(double avgdl) {
        this.avgdl = avgdl;
    }

    int previousLength(int doc) {
        return previous.lengths[doc];
    }

    /** The previous result record of document {@code doc}, in UTF-8; null when it cannot be read (index the document again). */
    byte[] previousRecord(int doc) {
        return previous.record(doc);
    }

    /** The previous build's terms in key order; none when there is no previous index. One reader at a time. */
    Terms previousTerms() {
        return previous.terms();
    }

    /** Terms read one by one: after {@link #next} returns true, the current term's key and its {@link Entry}. */
    static final class Terms {
        private final In in;
        private final long count;
        private long read;
        private byte[] keyBytes = new byte[64];
        private int keyLength;
        private String key;
        private Entry entry;

        private Terms(In in, long count) {
            this.in = in;
            this.count = count;
        }

        /** Moves to the next term; false after the last. Its postings are copied, not decoded. */
        boolean next() throws IOException {
            if (read == count) return false;
            read++;
            int shared = in.varint();
            int rest = in.varint();
            if (shared > keyLength || rest < 0) throw new IOException("damaged search index cache");
            if (shared + rest > keyBytes.length) keyBytes = Arrays.copyOf(keyBytes, Math.max(shared + rest, keyBytes.length * 2));
            in.bytes(keyBytes, shared, rest);
            keyLength = shared + rest;
            key = new String(keyBytes, 0, keyLength, StandardCharsets.UTF_8);
            in.record();
            int n = in.varint();
            int postings = in.varint();
            if (n < 0 || postings < 0) throw new IOException("damaged search index cache");
            int postingsFrom = in.recordedSoFar();
            in.skip(postings);
            int e = in.varint();
            if (e < 0) throw new IOException("damaged search index cache");
            int encodedFrom = in.recordedSoFar();
            in.skip(e);
            entry = new Entry(in.recorded(), n, postingsFrom, encodedFrom);
            return true;
        }

        String key() {
            return key;
        }

        Entry entry() {
            return entry;
        }
    }

    /**
     * A term's entry after its key, as the file holds it: what {@link #putTerm} writes for the same
     * postings and encoding, so that {@link #putTerm(String, byte[])} copies it. Its postings are
     * decoded only when asked for.
     *
     * @param size how many documents the term is in
     */
    record Entry(byte[] bytes, int size, int postingsFrom, int encodedFrom) {
        /** What the term's index entry held after its key and document count, when the previous build wrote it. */
        String encoded() {
            return new String(bytes, encodedFrom, bytes.length - encodedFrom, StandardCharsets.ISO_8859_1);
        }

        /** The documents (ascending) and their term frequencies. */
        PostingRuns.Term term(String key, String word) {
            int[] docs = new int[size];
            int[] tfs = new int[size];
            int[] at = {postingsFrom};
            int doc = 0;
            for (int i = 0; i < size; i++) {
                doc += varint(at);
                docs[i] = doc;
                tfs[i] = varint(at);
            }
            return new PostingRuns.Term(key, word, docs, tfs);
        }

        /** Whether any of {@code sortedDocs} (ascending, none negative) is among the term's documents. */
        boolean hasAnyOf(int[] sortedDocs) {
            if (sortedDocs.length == 0) return false;
            int last = sortedDocs[sortedDocs.length - 1];
            int[] at = {postingsFrom};
            int doc = 0;
            int j = 0;
            for (int i = 0; i < size; i++) {
                doc += varint(at);
                if (doc > last) return false;
                while (sortedDocs[j] < doc) j++;
                if (sortedDocs[j] == doc) return true;
                varint(at); // the term frequency
            }
            return false;
        }

        private int varint(int[] at) {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = bytes[at[0]++] & 0xFF;
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IllegalStateException("damaged search index cache");
        }
    }

    /** Notes what document {@code doc} of this build is made of, and its record (UTF-8). Thread-safe. */
    void putRecord(int doc, long pathHash, long docKey, int length, byte[] bytes) {
        pathHashes[doc] = pathHash;
        docKeys[doc] = docKey;
        lengths[doc] = length;
        recordLength[doc] = bytes.length;
        synchronized (this) {
            // records are gathered and written a megabyte at a time: a write each would hold the lock for a system call
            if (buffered + bytes.length > records.length) flushRecords();
            recordAt[doc] = end + buffered;
            if (bytes.length > records.length) {
                append(ByteBuffer.wrap(bytes));
            } else {
                System.arraycopy(bytes, 0, records, buffered, bytes.length);
                buffered += bytes.length;
            }
        }
    }

    /** Writes the records gathered so far. */
    private synchronized void flushRecords() {
        if (buffered == 0) return;
        append(ByteBuffer.wrap(records, 0, buffered));
        buffered = 0;
    }

    /**
     * Adds this build's next term; keys in ascending order, after every record. One thread.
     *
     * @param encoded what its index entry holds after the key and document count: ASCII (postings
     *                are base64url digits), so that a rebuild whose postings and scoring are the
     *                same writes it again without encoding
     */
    void putTerm(String key, int[] docs, int[] tfs, String encoded) {
        if (failed) return;
        try {
            startTerms();
            terms.term(key, docs, tfs, docs.length, encoded);
            termCount++;
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * Adds this build's next term with the entry the previous build's cache held for it ({@link
     * Entry#bytes}): its postings and encoding are that build's. One thread.
     */
    void putTerm(String key, byte[] entry) {
        if (failed) return;
        try {
            startTerms();
            terms.term(key, entry);
            termCount++;
        } catch (IOException e) {
            fail(e);
        }
    }

    private void startTerms() {
        if (terms != null) return;
        synchronized (this) {
            flushRecords();
            termsAt = end;
        }
        terms = new Output();
    }

    /** Makes the new cache the one the next build uses. */
    void commit() {
        if (failed) return;
        try {
            if (terms != null) terms.flush();
            synchronized (this) {
                flushRecords();
                long termsStart = termsAt < 0 ? end : termsAt;
                long tableAt = end;
                int n = docKeys.length;
                ByteBuffer table = ByteBuffer.allocate(n * ENTRY);
                for (int i = 0; i < n; i++) {
                    table.putLong(pathHashes[i]).putLong(docKeys[i]).putLong(recordAt[i]).putInt(recordLength[i])
                            .putInt(lengths[i]);
                }
                append(table.flip());
                ByteBuffer footer = ByteBuffer.allocate(FOOTER).putInt(n).putLong(termsStart).putLong(termCount)
                        .putLong(tableAt).putDouble(avgdl);
                footer.putInt((int) crc.getValue()).putInt(MAGIC).flip();
                writeFully(footer);
            }
            out.close();
            previous.close();
            CacheFiles.replace(next, file);
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Discards the new cache unless it was committed. */
    @Override
    public void close() {
        previous.close();
        CacheFiles.closeQuietly(out);
        try {
            Files.deleteIfExists(next);
        } catch (IOException e) {
            // replaced by the next build
        }
    }

    private void append(ByteBuffer b) {
        if (failed) return;
        crc.update(b.duplicate());
        try {
            writeFully(b);
        } catch (IOException e) {
            fail(e);
        }
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) end += out.write(b, end);
    }

    private void fail(IOException e) {
        if (failed) return;
        failed = true;
        problem.accept("the search index cache cannot be written (" + e.getMessage()
                + "); the next build indexes every article again");
    }

    /**
     * Writes terms through a buffer of its own into the new file, front-coding their keys. A plain
     * array, not a {@code ByteBuffer}: a term is many single-byte writes, and each buffer call costs.
     */
    private final class Output {
        private final byte[] buf = new byte[1 << 16];
        private int used;
        private byte[] last = new byte[0];
        /** A term's postings, encoded before they are written behind their length. */
        private byte[] postings = new byte[1024];

        void term(String key, int[] docs, int[] tfs, int n, String encoded) throws IOException {
            key(key);
            varint(n);
            if (postings.length < 10 * n) postings = new byte[Math.max(10 * n, 2 * postings.length)];
            int length = 0;
            int prev = 0;
            for (int i = 0; i < n; i++) {
                length = varint(postings, length, docs[i] - prev);
                length = varint(postings, length, tfs[i]);
                prev = docs[i];
            }
            varint(length);
            bytes(postings, 0, length);
            byte[] e = encoded.getBytes(StandardCharsets.ISO_8859_1);
            varint(e.length);
            bytes(e, 0, e.length);
        }

        /** A term whose entry is as the previous cache held it. */
        void term(String key, byte[] entry) throws IOException {
            key(key);
            bytes(entry, 0, entry.length);
        }

        /** The key, front-coded against the previous one. */
        private void key(String key) throws IOException {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            int shared = 0;
            int max = Math.min(k.length, last.length);
            while (shared < max && k[shared] == last[shared]) shared++;
            varint(shared);
            varint(k.length - shared);
            bytes(k, shared, k.length - shared);
            last = k;
        }

        private void varint(int v) throws IOException {
            if (buf.length - used < 5) flush();
            used = varint(buf, used, v);
        }

        /** Writes {@code v} into {@code into} at {@code at}; returns where it ends. */
        private static int varint(byte[] into, int at, int v) {
            while ((v & ~0x7F) != 0) {
                into[at++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            into[at++] = (byte) v;
            return at;
        }

        private void bytes(byte[] b, int from, int n) throws IOException {
            while (n > 0) {
                if (used == buf.length) flush();
                int k = Math.min(n, buf.length - used);
                System.arraycopy(b, from, buf, used, k);
                used += k;
                from += k;
                n -= k;
            }
        }

        void flush() throws IOException {
            synchronized (IndexCache.this) {
                append(ByteBuffer.wrap(buf, 0, used));
            }
            used = 0;
        }
    }

    /** The previous build's cache, checked: its document table in memory, the rest read where it lies. */
    static final class Previous implements AutoCloseable {
        static final Previous NONE = new Previous(null, 0);

        final FileChannel channel;
        final int size;
        /** Path hashes, ascending, and the document of each. */
        long[] sortedHashes = new long[0];
        int[] docOfSorted = new int[0];
        long[] docKeys = new long[0];
        int[] lengths = new int[0];
        long[] recordAt = new long[0];
        int[] recordLength = new int[0];
        long termsAt;
        long termCount;
        long termsEnd;
        double avgdl = Double.NaN;

        private Previous(FileChannel channel, int size) {
            this.channel = channel;
            this.size = size;
        }

        static Previous open(Path file, long key) {
            FileChannel ch = null;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ);
                Previous p = read(ch, key);
                if (p != null) return p;
            } catch (NoSuchFileException e) {
                // no cache yet
            } catch (IOException | RuntimeException e) {
                // damaged: every document is indexed again
            }
            CacheFiles.closeQuietly(ch);
            return NONE;
        }

        private static Previous read(FileChannel ch, long key) throws IOException {
            long size = ch.size();
            if (size < HEADER + FOOTER) return null;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            CacheFiles.readFully(ch, header, 0);
            if (header.getInt(0) != MAGIC || header.getInt(4) != VERSION || header.getLong(8) != key) return null;
            ByteBuffer footer = ByteBuffer.allocate(FOOTER);
            CacheFiles.readFully(ch, footer, size - FOOTER);
            int n = footer.getInt(0);
            long termsAt = footer.getLong(4);
            long termCount = footer.getLong(12);
            long tableAt = footer.getLong(20);
            double avgdl = footer.getDouble(28);
            int checksum = footer.getInt(36);
            if (footer.getInt(40) != MAGIC || n < 0 || termsAt < HEADER || termsAt > tableAt
                    || tableAt + (long) n * ENTRY + FOOTER != size) {
                return null;
            }
            // every byte is checked before any is used: a damaged cache must not damage the index
            if (checksum(ch, size - FOOTER) != checksum) return null;
            Previous p = new Previous(ch, n);
            p.termsAt = termsAt;
            p.termCount = termCount;
            p.termsEnd = tableAt;
            p.avgdl = avgdl;
            ByteBuffer table = ByteBuffer.allocate(n * ENTRY);
            CacheFiles.readFully(ch, table, tableAt);
            table.flip();
            long[] hashes = new long[n];
            p.docKeys = new long[n];
            p.lengths = new int[n];
            p.recordAt = new long[n];
            p.recordLength = new int[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = table.getLong();
                p.docKeys[i] = table.getLong();
                p.recordAt[i] = table.getLong();
                p.recordLength[i] = table.getInt();
                p.lengths[i] = table.getInt();
            }
            // sorted by path hash for lookups
            long[] sorted = hashes.clone();
            Arrays.sort(sorted);
            int[] docOf = new int[n];
            // documents with equal hashes are told apart by their key in find()
            int[] next = new int[n];
            for (int d = 0; d < n; d++) {
                int at = Arrays.binarySearch(sorted, hashes[d]);
                while (at > 0 && sorted[at - 1] == hashes[d]) at--;
                at += next[at]++;
                docOf[at] = d;
            }
            p.sortedHashes = sorted;
            p.docOfSorted = docOf;
            return p;
        }

        /**
         * The CRC-32C of the file's first {@code length} bytes, read a megabyte at a time into a
         * direct buffer: a heap buffer would be copied twice, and hundreds of megabytes pass here.
         * (Not mapped: a mapping outlives the build until collected, and would hold the file on
         * systems that cannot replace a mapped file.)
         */
        private static int checksum(FileChannel ch, long length) throws IOException {
            CRC32C crc = new CRC32C();
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
            for (long at = 0; at < length; ) {
                buf.clear().limit((int) Math.min(buf.capacity(), length - at));
                int r = ch.read(buf, at);
                if (r <= 0) throw new IOException("search index cache ends early");
                crc.update(buf.flip());
                at += r;
            }
            return (int) crc.getValue();
        }

        int find(long pathHash, long docKey) {
            if (size == 0) return -1;
            int at = Arrays.binarySearch(sortedHashes, pathHash);
            if (at < 0) return -1;
            while (at > 0 && sortedHashes[at - 1] == pathHash) at--;
            for (; at < size && sortedHashes[at] == pathHash; at++) {
                int d = docOfSorted[at];
                if (docKeys[d] == docKey) return d;
            }
            return -1;
        }

        byte[] record(int doc) {
            try {
                ByteBuffer b = ByteBuffer.allocate(recordLength[doc]);
                CacheFiles.readFully(channel, b, recordAt[doc]);
                return b.array();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        Terms terms() {
            return new Terms(channel == null ? null : new In(channel, termsAt, termsEnd), termCount);
        }

        @Override
        public void close() {
            CacheFiles.closeQuietly(channel);
        }
    }

    /** Reads a section of the file through a buffer: a plain array, as in {@link Output}. */
    private static final class In {
        private final FileChannel ch;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        /** Where in {@link #buf} the bytes {@link #record} keeps start; -1 when not recording. */
        private int recordFrom = -1;
        private byte[] recording = new byte[256];
        private int recorded;
        private long at;
        private final long stop;

        In(FileChannel ch, long from, long stop) {
            this.ch = ch;
            this.at = from;
            this.stop = stop;
        }

        private int read() throws IOException {
            if (pos == limit) fill();
            return buf[pos++] & 0xFF;
        }

        /** Keeps a copy of the bytes read from now until {@link #recorded}. */
        void record() {
            recordFrom = pos;
            recorded = 0;
        }

        /** How many bytes were read since {@link #record}. */
        int recordedSoFar() {
            return recorded + pos - recordFrom;
        }

        /** Passes over {@code n} bytes (kept when recording). */
        void skip(int n) throws IOException {
            while (n > 0) {
                if (pos == limit) fill();
                int k = Math.min(n, limit - pos);
                pos += k;
                n -= k;
            }
        }

        /** The bytes read since {@link #record}. */
        byte[] recorded() {
            keep(pos);
            recordFrom = -1;
            return Arrays.copyOf(recording, recorded);
        }

        private void keep(int to) {
            int n = to - recordFrom;
            if (recorded + n > recording.length) recording = Arrays.copyOf(recording, Math.max(recorded + n, 2 * recording.length));
            System.arraycopy(buf, recordFrom, recording, recorded, n);
            recorded += n;
        }

        private void fill() throws IOException {
            if (recordFrom >= 0) {
                keep(limit);
                recordFrom = 0;
            }
            if (at >= stop) throw new IOException("search index cache ends early");
            ByteBuffer b = ByteBuffer.wrap(buf, 0, (int) Math.min(buf.length, stop - at));
            int r = ch.read(b, at);
            if (r <= 0) throw new IOException("search index cache ends early");
            at += r;
            pos = 0;
            limit = r;
        }

        int varint() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = pos < limit ? buf[pos++] & 0xFF : read();
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IOException("damaged search index cache");
        }

        void bytes(byte[] into, int from, int n) throws IOException {
            while (n > 0) {
                if (pos == limit) fill();
                int k = Math.min(n, limit - pos);
                System.arraycopy(buf, pos, into, from, k);
                pos += k;
                from += k;
                n -= k;
            }
        }
    }
}
