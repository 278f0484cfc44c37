package org.gazette.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.gazette.output.CacheFiles;
import org.gazette.content.Block;
import org.gazette.content.SourceFile;
import org.gazette.text.FoldedWords;
import org.gazette.text.StringHash;

/**
 * What the previous build's read step found in each file, so that a rebuild reads and parses only
 * the files that changed. A file counts as unchanged when its size and modification time are those
 * it had when it was read (as {@code make}, {@code rsync} and git decide); the whole cache counts
 * only for the Gazette version and {@code site.yaml} that wrote it ({@link #key}).
 *
 * <p>Two files beside the output folder. The data file holds a header (magic, version, key and a
 * generation number) and the records ({@code [meta length][body length][meta CRC-32C][body CRC-32C][meta][body]},
 * see {@link ReadRecords}); a part whose checksum does not match is not used. Metadata and body are
 * checked apart because a rebuild takes over an unchanged file's metadata without touching its body
 * (a few hundred bytes against several kilobytes). The index file lists the records a build may
 * take over, 40 bytes per file (path hash, stamp, offset, the hash of the body's bytes,
 * {@link #bodyHash}, which tells a rebuild that a page's text is the same without reading it, and
 * the two lengths, so that a record's metadata is one read), with the data file's generation and
 * how far into it the records go, under a checksum. Only the indexes are held in memory (about 64 MB for a million files, old and new);
 * records are read where they lie.
 *
 * <p>A rebuild leaves the records of unchanged files where they are and appends those of the files
 * it read, so its cost follows what changed, not the archive's size. Its new index replaces the old
 * one when the build succeeds ({@link #commit}); a failed build leaves the old index, and the bytes
 * it appended are cut off by the next build. When records no longer listed (files changed or
 * removed since) fill half of the data file, the build writes a fresh one instead, copying the
 * records it takes over; it replaces the old data file on commit, and its new generation number
 * tells the old index apart. A cache that cannot be read is ignored; one that cannot be written is
 * given up with a warning, and the build goes on without it.
 *
 * <p>Thread-safe: files are read from several threads.
 */
final class ReadCache implements AutoCloseable {
    private static final int MAGIC = 0x475a5243; // "GZRC"
    private static final int INDEX_MAGIC = 0x475a5249; // "GZRI"
    private static final int VERSION = 5;
    private static final int HEADER = 24;
    private static final int INDEX_HEADER = 44;
    private static final int ENTRY = 40;
    /** A record's lengths and checksums, before its metadata and body. */
    private static final int RECORD_HEADER = 16;

    private final Path file;
    private final long key;
    private final Path indexFile;
    private final Path next;
    private final Consumer<String> problem;
    private final Index previous;
    /** Where the previous build's records lie: the data file, or null without a usable previous cache. */
    private final FileChannel previousChannel;
    /** Where this build's records go: the data file itself when appending, else {@link #next}. */
    private FileChannel out;
    private final boolean appending;
    private final long generation;
    /** Where the previous build's records end in the data file (when appending, where this build's begin). */
    private final long previousEnd;
    private final AtomicLong end = new AtomicLong(HEADER);
    /** Bytes of the records the new index lists, to tell when the data file is mostly dead records. */
    private final AtomicLong live = new AtomicLong();
    private final Index written;
    private volatile boolean failed;
    private volatile boolean sorted;
    private boolean committed;
    private final AtomicLong reused = new AtomicLong();

    private ReadCache(Path file, long key, boolean reuse, Consumer<String> problem) {
        this.file = file;
        this.key = key;
        this.indexFile = file.resolveSibling(file.getFileName() + ".index");
        this.next = file.resolveSibling(file.getFileName() + ".tmp");
        this.problem = problem;
        Previous prev = reuse ? Previous.open(file, indexFile, key) : null;
        this.previous = prev == null ? Index.EMPTY : prev.index;
        this.previousChannel = prev == null ? null : prev.channel;
        // append while the records still listed fill at least half of the data file
        this.appending = prev != null && 2 * prev.live >= prev.end - HEADER;
        this.previousEnd = prev == null ? HEADER : prev.end;
        this.generation = appending ? prev.generation : newGeneration(prev);
        this.written = new Index(Math.max(1024, previous.size()));
        try {
            if (appending) {
                out = previousChannel;
                out.truncate(previousEnd); // what a failed build appended
                end.set(previousEnd);
            } else {
                Files.deleteIfExists(next);
                out = FileChannel.open(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
                ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(VERSION).putLong(key)
                        .putLong(generation).flip();
                writeFully(header, 0);
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** A generation number that neither the previous data file nor, most likely, any older one had. */
    private static long newGeneration(Previous prev) {
        long g = FoldedWords.mix(System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L);
        return prev != null && g == prev.generation ? g + 1 : g;
    }

    /**
     * Opens the cache at {@code file} (the data file; the index is {@code file + ".index"}).
     *
     * @param key     {@link #key} of this build: a cache with another key is not used
     * @param reuse   false to read every file again (the new cache replaces the old one all the same)
     * @param problem told, once, when the cache cannot be written (a warning for the user)
     */
    static ReadCache open(Path file, long key, boolean reuse, Consumer<String> problem) {
        return new ReadCache(file, key, reuse, problem);
    }

    /**
     * The previous build's record of {@code f} if the file is unchanged since, kept in the new
     * cache; null when it must be read.
     */
    ReadRecord reuse(SourceFile f) {
        return reuse(f, r -> true);
    }

    /** As {@link #reuse(SourceFile)}, for a record that {@code usable} accepts (one the build needs more of is read again). */
    ReadRecord reuse(SourceFile f, Predicate<ReadRecord> usable) {
        if (previous.size() == 0 || f.modified() == 0) return null;
        long hash = hash(f.relPath());
        long stamp = stamp(f);
        for (int i = previous.first(hash); i >= 0 && i < previous.size() && previous.hashes[i] == hash; i++) {
            if (previous.stamps[i] != stamp) continue;
            try {
                long at = previous.offsets[i];
                int metaLength = previous.metaLengths[i], bodyLength = previous.bodyLengths[i];
                ByteBuffer meta = readMeta(previousChannel, at, metaLength, bodyLength);
                if (!f.relPath().equals(ReadRecords.relPath(meta))) continue;
                ReadRecord r = ReadRecords.decodeMeta(f, meta);
                if (!usable.test(r)) return null;
                if (appending) {
                    keepAt(hash, stamp, at, previous.bodyHashes[i], metaLength, bodyLength);
                } else {
                    // a fresh data file: the record moves whole, body and all
                    append(hash, stamp, previous.bodyHashes[i], readRecord(previousChannel, at, metaLength, bodyLength),
                            metaLength, bodyLength);
                }
                reused.incrementAndGet();
                return r;
            } catch (IOException | RuntimeException e) {
                return null; // damaged record: read the file
            }
        }
        return null;
    }

    /** Stores what was read from {@code f}; records that cannot be stored are left out (read again next time). */
    void put(SourceFile f, ReadRecord r) {
        if (failed || !r.cacheable() || f.modified() == 0) return;
        byte[] meta;
        byte[] body;
        try {
            meta = ReadRecords.encodeMeta(f.relPath(), r);
            body = r.body() == null ? new byte[0] : ReadRecords.encodeBody(r.body());
        } catch (ReadRecords.NotStorable e) {
            return;
        }
        ByteBuffer raw = ByteBuffer.allocate(RECORD_HEADER + meta.length + body.length);
        raw.putInt(meta.length).putInt(body.length).putInt(crc(ByteBuffer.wrap(meta))).putInt(crc(ByteBuffer.wrap(body))).put(meta).put(body).flip();
        append(hash(f.relPath()), stamp(f), body.length == 0 ? NO_BODY : StringHash.of(body, 0, body.length), raw,
                meta.length, body.length);
    }

    /** {@link #bodyHash} of a file whose record is not in the new cache, or has no body. */
    static final long NO_BODY = 0;

    /**
     * A 64-bit hash of the body of the article read from {@code relPath} (of its stored bytes), the
     * same whenever the body is the same; {@link #NO_BODY} when the new cache has no body for it.
     */
    long bodyHash(String relPath) {
        if (failed) return NO_BODY;
        int i = find(relPath);
        return i < 0 ? NO_BODY : written.bodyHashes[i];
    }

    /** The body of the article read from {@code relPath}, from the new cache; null when it has none. */
    List<Block> body(String relPath) {
        if (failed) return null;
        int i = find(relPath);
        if (i < 0) return null;
        int metaLength = written.metaLengths[i], bodyLength = written.bodyLengths[i];
        if (bodyLength == 0) return null;
        try {
            ByteBuffer raw = readRecord(out, written.offsets[i], metaLength, bodyLength);
            return ReadRecords.decodeBody(raw.slice(RECORD_HEADER + metaLength, bodyLength));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The position of {@code relPath}'s record in the new cache's index, or -1. A path hash held by
     * one record only is taken as the path's own, as the output's manifest takes it, without reading
     * the record: this runs for every article page; paths whose hashes collide are told apart by
     * the path stored in their records.
     */
    private int find(String relPath) {
        if (!sorted) sortWritten();
        long hash = hash(relPath);
        int first = written.first(hash);
        if (first < 0) return -1;
        if (first + 1 >= written.size() || written.hashes[first + 1] != hash) return first;
        for (int i = first; i < written.size() && written.hashes[i] == hash; i++) {
            try {
                ByteBuffer meta = readMeta(out, written.offsets[i], written.metaLengths[i], written.bodyLengths[i]);
                if (relPath.equals(ReadRecords.relPath(meta))) return i;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Records taken over from the previous build so far. */
    long reused() {
        return reused.get();
    }

    /** Makes the new cache the one the next build uses. */
    void commit() {
        if (failed) return;
        try {
            ByteBuffer index;
            synchronized (written) {
                index = ByteBuffer.allocate(INDEX_HEADER + written.size() * ENTRY + 4);
                index.putInt(INDEX_MAGIC).putInt(VERSION).putLong(key).putLong(generation).putLong(end.get())
                        .putLong(live.get()).putInt(written.size());
                for (int i = 0; i < written.size(); i++) {
                    index.putLong(written.hashes[i]).putLong(written.stamps[i]).putLong(written.offsets[i])
                            .putLong(written.bodyHashes[i]).putInt(written.metaLengths[i]).putInt(written.bodyLengths[i]);
                }
            }
            CRC32C crc = new CRC32C();
            crc.update(index.array(), 0, index.position());
            index.putInt((int) crc.getValue());
            if (!appending) {
                out.close();
                CacheFiles.closeQuietly(previousChannel);
                // the old index names the old generation: until it is replaced, it matches no data file
                CacheFiles.replace(next, file);
            }
            CacheFiles.write(indexFile, o -> o.write(index.array(), 0, index.position()));
            committed = true;
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Discards what this build wrote unless it was committed. */
    @Override
    public void close() {
        if (appending && !committed && !failed && out != null) {
            try {
                out.truncate(previousEnd);
            } catch (IOException e) {
                // the next build cuts it off
            }
        }
        CacheFiles.closeQuietly(previousChannel);
        if (out != null) CacheFiles.closeQuietly(out);
        try {
            Files.deleteIfExists(next);
        } catch (IOException e) {
            // a stale temporary file is replaced by the next build
        }
    }

    /**
     * What the cache's records depend on besides the files themselves: the Gazette code that read
     * them and the site's settings ({@code site.yaml}), as a 64-bit hash.
     */
    static long key(Path siteYaml) {
        CRC32C a = new CRC32C();
        codeIdentity(a);
        try {
            a.update(Files.readAllBytes(siteYaml));
        } catch (NoSuchFileException e) {
            a.update(0);
        } catch (IOException e) {
            a.update(1);
        }
        return FoldedWords.mix(a.getValue() * 0x9E3779B97F4A7C15L + VERSION);
    }

    /** The jar the build runs from, or the names, sizes and times of its class files when it runs from a folder. */
    private static void codeIdentity(CRC32C crc) {
        try {
            CodeSource src = ReadCache.class.getProtectionDomain().getCodeSource();
            Path code = src == null ? null : Path.of(src.getLocation().toURI());
            if (code == null) return;
            if (Files.isRegularFile(code)) {
                try (InputStream in = Files.newInputStream(code)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
                }
            } else {
                try (Stream<Path> s = Files.walk(code)) {
                    for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                        crc.update(code.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        crc.update(Long.toString(Files.size(p)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        crc.update(Long.toString(Files.getLastModifiedTime(p).toMillis())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            crc.update(2); // unknown code: a cache from it is trusted no more than any other
        }
    }

    private void append(long hash, long stamp, long bodyHash, ByteBuffer raw, int metaLength, int bodyLength) {
        if (failed) return;
        long at = end.getAndAdd(raw.remaining());
        try {
            writeFully(raw, at);
        } catch (IOException e) {
            fail(e);
            return;
        }
        keepAt(hash, stamp, at, bodyHash, metaLength, bodyLength);
    }

    /** Lists the record at {@code at} in the new index. */
    private void keepAt(long hash, long stamp, long at, long bodyHash, int metaLength, int bodyLength) {
        live.addAndGet(RECORD_HEADER + (long) metaLength + bodyLength);
        synchronized (written) {
            written.add(hash, stamp, at, bodyHash, metaLength, bodyLength);
            sorted = false;
        }
    }

    private void sortWritten() {
        synchronized (written) {
            if (!sorted) {
                written.sort();
                sorted = true;
            }
        }
    }

    private void writeFully(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) at += out.write(b, at);
    }

    /**
     * The metadata of the record at {@code at}, whose lengths the index gives, checked against the
     * record's header and the metadata's checksum: one read, the body left where it lies.
     */
    private static ByteBuffer readMeta(FileChannel ch, long at, int metaLength, int bodyLength) throws IOException {
        ByteBuffer raw = ByteBuffer.allocate(RECORD_HEADER + metaLength);
        CacheFiles.readFully(ch, raw, at);
        checkHeader(raw, metaLength, bodyLength);
        ByteBuffer meta = raw.slice(RECORD_HEADER, metaLength);
        if (crc(meta) != raw.getInt(8)) throw new IOException("damaged record");
        return meta;
    }

    /** The whole record at {@code at}, header, metadata and body, both parts checked against their checksums. */
    private static ByteBuffer readRecord(FileChannel ch, long at, int metaLength, int bodyLength) throws IOException {
        ByteBuffer raw = ByteBuffer.allocate(RECORD_HEADER + metaLength + bodyLength);
        CacheFiles.readFully(ch, raw, at);
        checkHeader(raw, metaLength, bodyLength);
        if (crc(raw.slice(RECORD_HEADER, metaLength)) != raw.getInt(8)
                || crc(raw.slice(RECORD_HEADER + metaLength, bodyLength)) != raw.getInt(12)) {
            throw new IOException("damaged record");
        }
        return raw.flip();
    }

    private static void checkHeader(ByteBuffer raw, int metaLength, int bodyLength) throws IOException {
        if (raw.getInt(0) != metaLength || raw.getInt(4) != bodyLength) throw new IOException("damaged record");
    }

    private static int crc(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate());
        return (int) crc.getValue();
    }


    private void fail(IOException e) {
        if (failed) return;
        failed = true;
        problem.accept("the build cache cannot be written (" + e.getMessage() + "); the next build reads every file again");
    }


    /** A 64-bit hash of a relative path. */
    static long hash(String s) {
        return StringHash.of(s);
    }

    /** A file's size and modification time in one number. */
    static long stamp(SourceFile f) {
        return FoldedWords.mix(f.size() * 0x9E3779B97F4A7C15L ^ f.modified());
    }

    /** Path hash, stamp, record offset, body hash and lengths per file, in parallel arrays; searchable once sorted by hash. */
    private static final class Index {
        static final Index EMPTY = new Index(0);

        long[] hashes;
        long[] stamps;
        long[] offsets;
        long[] bodyHashes;
        int[] metaLengths;
        int[] bodyLengths;
        private int size;

        Index(int capacity) {
            hashes = new long[capacity];
            stamps = new long[capacity];
            offsets = new long[capacity];
            bodyHashes = new long[capacity];
            metaLengths = new int[capacity];
            bodyLengths = new int[capacity];
        }

        int size() {
            return size;
        }

        void add(long hash, long stamp, long offset, long bodyHash, int metaLength, int bodyLength) {
            if (size == hashes.length) {
                int n = Math.max(16, size * 2);
                hashes = Arrays.copyOf(hashes, n);
                stamps = Arrays.copyOf(stamps, n);
                offsets = Arrays.copyOf(offsets, n);
                bodyHashes = Arrays.copyOf(bodyHashes, n);
                metaLengths = Arrays.copyOf(metaLengths, n);
                bodyLengths = Arrays.copyOf(bodyLengths, n);
            }
            hashes[size] = hash;
            stamps[size] = stamp;
            offsets[size] = offset;
            bodyHashes[size] = bodyHash;
            metaLengths[size] = metaLength;
            bodyLengths[size] = bodyLength;
            size++;
        }

        /** The first position holding {@code hash}, or -1. */
        int first(long hash) {
            int i = Arrays.binarySearch(hashes, 0, size, hash);
            if (i < 0) return -1;
            while (i > 0 && hashes[i - 1] == hash) i--;
            return i;
        }

        /** Sorts the entries by hash: a heap sort over the three arrays, without boxing a million entries. */
        void sort() {
            for (int i = size / 2 - 1; i >= 0; i--) siftDown(i, size);
            for (int last = size - 1; last > 0; last--) {
                swap(0, last);
                siftDown(0, last);
            }
        }

        private void siftDown(int i, int n) {
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) return;
                if (child + 1 < n && hashes[child + 1] > hashes[child]) child++;
                if (hashes[i] >= hashes[child]) return;
                swap(i, child);
                i = child;
            }
        }

        private void swap(int a, int b) {
            long h = hashes[a], s = stamps[a], o = offsets[a], d = bodyHashes[a];
            int m = metaLengths[a], l = bodyLengths[a];
            hashes[a] = hashes[b];
            stamps[a] = stamps[b];
            offsets[a] = offsets[b];
            bodyHashes[a] = bodyHashes[b];
            metaLengths[a] = metaLengths[b];
            bodyLengths[a] = bodyLengths[b];
            hashes[b] = h;
            stamps[b] = s;
            offsets[b] = o;
            bodyHashes[b] = d;
            metaLengths[b] = m;
            bodyLengths[b] = l;
        }

        /** Entries from a buffer of {@code n} of them, sorted. */
        static Index of(ByteBuffer entries, int n) {
            Index index = new Index(n);
            for (int i = 0; i < n; i++) {
                long hash = entries.getLong(), stamp = entries.getLong(), offset = entries.getLong(), bodyHash = entries.getLong();
                int metaLength = entries.getInt(), bodyLength = entries.getInt();
                if (metaLength < 0 || bodyLength < 0 || offset < HEADER) throw new IllegalArgumentException("damaged index");
                index.add(hash, stamp, offset, bodyHash, metaLength, bodyLength);
            }
            index.sort();
            return index;
        }
    }

    /** The previous build's cache: its index, checked, and its data file open where the records lie. */
    private record Previous(Index index, FileChannel channel, long generation, long end, long live) {
        /** Null when there is none, or it is damaged or has another key (every file is read again). */
        static Previous open(Path file, Path indexFile, long key) {
            FileChannel ch = null;
            try {
                byte[] bytes = Files.readAllBytes(indexFile);
                ByteBuffer index = ByteBuffer.wrap(bytes);
                if (bytes.length < INDEX_HEADER + 4 || index.getInt(0) != INDEX_MAGIC || index.getInt(4) != VERSION
                        || index.getLong(8) != key) {
                    return null;
                }
                CRC32C crc = new CRC32C();
                crc.update(bytes, 0, bytes.length - 4);
                if ((int) crc.getValue() != index.getInt(bytes.length - 4)) return null;
                long generation = index.getLong(16);
                long end = index.getLong(24);
                long live = index.getLong(32);
                int n = index.getInt(40);
                if (n < 0 || INDEX_HEADER + (long) n * ENTRY + 4 != bytes.length) return null;
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                ByteBuffer header = ByteBuffer.allocate(HEADER);
                CacheFiles.readFully(ch, header, 0);
                if (header.getInt(0) != MAGIC || header.getInt(4) != VERSION || header.getLong(8) != key
                        || header.getLong(16) != generation || ch.size() < end || end < HEADER) {
                    CacheFiles.closeQuietly(ch);
                    return null;
                }
                return new Previous(Index.of(index.position(INDEX_HEADER), n), ch, generation, end, live);
            } catch (IOException | RuntimeException e) {
                CacheFiles.closeQuietly(ch); // none yet, or damaged
                return null;
            }
        }
    }
}
