package org.gazette.output;

import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * All writes of a build go here. Files are written into a staging folder beside the output, and
 * the staging folder replaces the output only when {@link #commit()} is called, so a failed or
 * interrupted build leaves the previous site as it was.
 *
 * <p>A file whose bytes equal the previous output's is not rewritten: it is hard-linked from the
 * previous output (or copied with its attributes where links are not possible), so its
 * modification time stays and {@code rsync} or a CDN upload moves only what changed.
 *
 * <p>Thread-safe: pages are written from several threads. Writing the same path twice is a bug in
 * the page plan and fails loudly.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path output;
    private final Path staging;
    private final Path previous;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private boolean committed;

    private StagedOutput(Path output) {
        this.output = output;
        String name = output.getFileName().toString();
        this.staging = output.resolveSibling("." + name + ".staging");
        this.previous = output.resolveSibling("." + name + ".previous");
    }

    /** Prepares a fresh staging folder for {@code output}, after {@link OutputGuard#check}. */
    public static StagedOutput open(Path output) {
        StagedOutput o = new StagedOutput(output.toAbsolutePath().normalize());
        try {
            Files.createDirectories(o.output.getParent());
            // A build killed between the two renames of a swap leaves only the previous output.
            if (!Files.exists(o.output) && Files.isDirectory(o.previous)) Files.move(o.previous, o.output);
            deleteTree(o.previous);
            deleteTree(o.staging);
            Files.createDirectories(o.staging);
        } catch (IOException e) {
            throw new GazetteException(o.output + ": cannot prepare the output folder: " + e.getMessage(), e);
        }
        o.write(OutputGuard.MARKER, "This folder was written by Gazette; the next build replaces it.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return o;
    }

    /** Writes a file at {@code relPath} (forward slashes, no leading slash). */
    public void write(String relPath, byte[] content) {
        Path target = target(relPath);
        try {
            Files.createDirectories(target.getParent());
            Path old = output.resolve(relPath);
            if (sameBytes(old, content)) {
                try {
                    Files.createLink(target, old);
                    unchanged.incrementAndGet();
                    bytes.addAndGet(content.length);
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    // Hard links are not possible here (another file system, say): copy instead.
                    Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
                    unchanged.incrementAndGet();
                    bytes.addAndGet(content.length);
                    return;
                }
            }
            Files.write(target, content);
            bytes.addAndGet(content.length);
        } catch (IOException e) {
            throw new GazetteException(relPath + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** Copies a file into the output at {@code relPath}, keeping an unchanged previous copy. */
    public void copy(String relPath, Path from) {
        try {
            write(relPath, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new GazetteException(from + ": cannot be copied: " + e.getMessage(), e);
        }
    }

    /** Swaps the staging folder in for the output. */
    public void commit() {
        try {
            if (Files.exists(output)) move(output, previous);
            move(staging, output);
            deleteTree(previous);
            committed = true;
        } catch (IOException e) {
            throw new GazetteException(output + ": cannot replace the output folder: " + e.getMessage(), e);
        }
    }

    /** Discards the staging folder unless the build was committed. */
    @Override
    public void close() {
        if (committed) return;
        try {
            deleteTree(staging);
        } catch (IOException e) {
            // Leaving a stale staging folder is harmless: the next build clears it.
        }
    }

    public int files() {
        return written.size();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Files whose bytes were the same as in the previous output. */
    public long unchanged() {
        return unchanged.get();
    }

    public Path output() {
        return output;
    }

    private Path target(String relPath) {
        if (relPath.startsWith("/") || relPath.contains("\\") || Arrays.asList(relPath.split("/")).contains("..")) {
            throw new IllegalArgumentException("output path must stay inside the output folder: " + relPath);
        }
        if (!written.add(relPath)) throw new IllegalStateException("two pages want the same file: " + relPath);
        return staging.resolve(relPath);
    }

    private static boolean sameBytes(Path old, byte[] content) throws IOException {
        if (!Files.isRegularFile(old) || Files.size(old) != content.length) return false;
        return Arrays.equals(Files.readAllBytes(old), content);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
