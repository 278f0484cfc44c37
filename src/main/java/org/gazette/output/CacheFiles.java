package org.gazette.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the caches a build keeps beside its output share: each is written as a new file and swapped
 * in when the build succeeds, and read where its records lie.
 */
public final class CacheFiles {
    private CacheFiles() {}

    /** Fills {@code b} from {@code ch} at {@code at}; fails at the end of the file. */
    public static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.read(b, at);
            if (n < 0) throw new IOException("cache file ends early");
            at += n;
        }
    }

    /** What a cache file is made of, written to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a whole cache file: into a new file beside it, which then replaces it. On failure the
     * old file stays and the new one is deleted.
     */
    public static void write(Path file, Content content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(next), 1 << 16)) {
                content.writeTo(out);
            }
            replace(next, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(next);
            } catch (IOException ignored) {
                // a leftover temporary file is replaced next time
            }
            throw e;
        }
    }

    /**
     * Makes {@code next} the file at {@code file}. The old file is first moved aside and deleted
     * after: renaming over it would make some file systems (ext4) write the new file's data out
     * and free the old one's blocks within the rename, which took a third of a second for a
     * 560 MB search cache. The caches check what they read, so they do not need the ordering that
     * buys. A large old file is deleted on a thread of its own ({@link #awaitDeletions}); if the
     * build stops between the moves, the next one finds no cache and reads everything again.
     */
    public static void replace(Path next, Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".old");
        Files.deleteIfExists(aside); // left by a build that stopped before deleting it
        boolean replacing = Files.exists(file);
        if (replacing) move(file, aside);
        try {
            move(next, file);
        } catch (IOException | RuntimeException e) {
            if (replacing) move(aside, file);
            throw e;
        }
        if (replacing) delete(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Old files from this size on are deleted on a thread of their own: freeing their blocks takes a while. */
    static final long DELETE_APART_BYTES = 64L << 20;
    private static final List<Thread> deletions = new ArrayList<>();

    private static void delete(Path file) throws IOException {
        if (Files.size(file) < DELETE_APART_BYTES) {
            Files.deleteIfExists(file);
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleted before the next replace
            }
        }, "gazette-delete");
        t.setDaemon(true);
        synchronized (deletions) {
            deletions.add(t);
        }
        t.start();
    }

    /** Waits until the old cache files being deleted on threads of their own are gone. */
    public static void awaitDeletions() {
        List<Thread> pending;
        synchronized (deletions) {
            pending = new ArrayList<>(deletions);
            deletions.clear();
        }
        for (Thread t : pending) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Closes a file that holds nothing left to lose. */
    public static void closeQuietly(Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException e) {
            // read-only, or given up
        }
    }
}
