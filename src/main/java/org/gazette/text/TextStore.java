package org.gazette.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.gazette.diag.GazetteException;

/**
 * Packed texts kept outside the heap: written to a scratch file, and read back through a memory
 * mapping. A build keeps every article's title, lede and byline here, which at a million articles
 * is about 500 MB that the heap no longer holds; the operating system keeps the pages in its file
 * cache while memory allows, and can drop them when it does not.
 *
 * <p>Texts are appended to a buffer, written out a megabyte at a time (a write per text cost a
 * system call per article), and before any of them is read back; a text never straddles two
 * mappings. When the file cannot be written (a full disk, say), the store says so once, keeps the
 * buffered texts it could not write in the heap, where they stay readable, and keeps every later
 * text in the heap, as it came. The file is deleted on {@link #close}; texts already read stay
 * readable, since a mapping outlives its file on the systems Gazette runs on.
 *
 * <p>Thread-safe. A text is read back only after {@link #keep} returned it.
 */
public final class TextStore implements AutoCloseable {
    private static final int CHUNK_BITS = 28;
    private static final int BUFFER_BYTES = 1 << 20;
    /** Bits of a stored text's reference that hold its length; the rest hold its offset. */
    private static final int LENGTH_BITS = 24;

    private final Path file;
    private final FileChannel channel;
    private final Consumer<String> problem;
    private final int chunkBits;
    /** Texts kept since the last write, the first at file offset {@link #bufferStart}; guarded by this. */
    private final byte[] buffer;
    private long bufferStart;
    private int buffered;
    /** Every text below this offset is in the file, or in {@link #unwritten}. */
    private volatile long written;
    /** Buffers whose write failed, by the offset they were for: their texts are read from here. */
    private final ConcurrentSkipListMap<Long, byte[]> unwritten = new ConcurrentSkipListMap<>();
    private volatile ByteBuffer[] maps = new ByteBuffer[0];
    private volatile boolean failed;

    private TextStore(Path file, FileChannel channel, Consumer<String> problem, int chunkBits, int bufferBytes) {
        this.file = file;
        this.channel = channel;
        this.problem = problem;
        this.chunkBits = chunkBits;
        this.buffer = new byte[bufferBytes];
    }

    /**
     * Opens a store in {@code file}, replacing whatever was there (a file left by a killed build);
     * null, after telling {@code problem}, when the file cannot be created.
     */
    public static TextStore open(Path file, Consumer<String> problem) {
        return open(file, problem, CHUNK_BITS, BUFFER_BYTES);
    }

    /** With mappings of {@code 2^chunkBits} bytes and a write buffer of {@code bufferBytes}: small ones let tests cross their bounds. */
    static TextStore open(Path file, Consumer<String> problem, int chunkBits, int bufferBytes) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            return new TextStore(file, ch, problem, chunkBits, bufferBytes);
        } catch (IOException | UnsupportedOperationException e) {
            problem.accept("cannot be created (" + e.getMessage() + "); article texts stay in memory");
            return null;
        }
    }

    /** {@code text} kept in this store, or {@code text} itself when it already is or cannot be. */
    public PackedText keep(PackedText text) {
        if (!(text instanceof PackedText.Held) || failed) return text;
        byte[] bytes = text.view();
        int length = bytes.length;
        if (length == 0 || length > Math.min(Math.min(1 << chunkBits, (1 << LENGTH_BITS) - 1), buffer.length)) return text;
        long digest = StringHash.digest(bytes, 0, length); // outside the lock the reading threads share
        synchronized (this) {
            long at = bufferStart + buffered;
            boolean straddles = at >>> chunkBits != (at + length - 1) >>> chunkBits;
            if (straddles || buffered + length > buffer.length) {
                flush();
                if (straddles) bufferStart = at = ((at + length - 1) >>> chunkBits) << chunkBits; // start the next mapping
            }
            if (failed || at >>> (Long.SIZE - LENGTH_BITS) != 0) return text; // a terabyte of text: no room in a reference
            System.arraycopy(bytes, 0, buffer, buffered, length);
            buffered += length;
            return new Stored(this, at << LENGTH_BITS | length, digest);
        }
    }

    /** Bytes kept so far, gaps before mapping bounds included. */
    synchronized long size() {
        return bufferStart + buffered;
    }

    /** Writes the buffered texts out; the caller holds the lock. */
    private void flush() {
        if (buffered > 0) {
            try {
                ByteBuffer src = ByteBuffer.wrap(buffer, 0, buffered);
                for (long pos = bufferStart; src.hasRemaining(); ) pos += channel.write(src, pos);
            } catch (IOException e) {
                unwritten.put(bufferStart, Arrays.copyOf(buffer, buffered));
                fail(e);
            }
            bufferStart += buffered;
            buffered = 0;
        }
        written = bufferStart;
    }

    private byte[] read(long at, int length) {
        if (at + length > written) {
            synchronized (this) {
                if (at + length > written) flush();
            }
        }
        if (!unwritten.isEmpty()) {
            Map.Entry<Long, byte[]> block = unwritten.floorEntry(at);
            if (block != null && at < block.getKey() + block.getValue().length) {
                int from = (int) (at - block.getKey());
                return Arrays.copyOfRange(block.getValue(), from, from + length);
            }
        }
        int n = (int) (at >>> chunkBits);
        int offset = (int) (at & ((1L << chunkBits) - 1));
        ByteBuffer[] m = maps;
        ByteBuffer b = n < m.length ? m[n] : null;
        if (b == null || b.capacity() < offset + length) b = map(n, offset + length);
        byte[] out = new byte[length];
        b.get(offset, out);
        return out;
    }

    /** Mapping {@code n}, (re)made to cover at least {@code needed} bytes of it. */
    private synchronized ByteBuffer map(int n, int needed) {
        ByteBuffer[] m = maps;
        if (n < m.length && m[n] != null && m[n].capacity() >= needed) return m[n];
        long start = (long) n << chunkBits;
        try {
            long size = Math.min(1L << chunkBits, channel.size() - start);
            ByteBuffer b = channel.map(FileChannel.MapMode.READ_ONLY, start, size);
            ByteBuffer[] grown = Arrays.copyOf(m, Math.max(m.length, n + 1));
            grown[n] = b;
            maps = grown;
            return b;
        } catch (IOException | RuntimeException e) {
            throw new GazetteException("cannot read article texts back from " + file + ": " + e.getMessage(), e);
        }
    }

    private void fail(IOException e) {
        synchronized (this) {
            if (failed) return;
            failed = true;
        }
        problem.accept("cannot be written (" + e.getMessage() + "); the remaining article texts stay in memory");
    }

    /** Closes and deletes the file; texts whose bytes are mapped already stay readable. */
    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * Packed text kept in a store: 32 bytes of heap whatever its length. Its digest is kept too: a
     * rebuild fingerprints every article by it, and would otherwise read every text back.
     */
    static final class Stored extends PackedText {
        private final TextStore store;
        /** Offset, then length in the low {@link #LENGTH_BITS}. */
        private final long ref;
        private final long digest;

        Stored(TextStore store, long ref, long digest) {
            this.store = store;
            this.ref = ref;
            this.digest = digest;
        }

        @Override
        public long digest() {
            return digest;
        }

        @Override
        public byte[] bytes() {
            return view();
        }

        @Override
        byte[] view() {
            return store.read(ref >>> LENGTH_BITS, (int) (ref & ((1 << LENGTH_BITS) - 1)));
        }
    }
}
