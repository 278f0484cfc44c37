package org.gazette.output;

import java.io.Closeable;
import java.io.IOException;
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
