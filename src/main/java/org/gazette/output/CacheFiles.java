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

    /** Makes {@code next} the file at {@code file}, atomically where the file system can. */
    public static void replace(Path next, Path file) throws IOException {
        try {
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
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
