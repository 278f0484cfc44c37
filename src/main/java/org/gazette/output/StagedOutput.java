package org.gazette.output;

import org.gazette.diag.GazetteException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * All writes of a build go here, and none reaches the output folder before {@link #commit()}: a
 * failed or interrupted build leaves the previous site as it was.
 *
 * <p>Only what changed is written. A file whose bytes equal the previous build's (known from the
 * {@link Manifest} beside the output, or by comparing with the file itself) is not touched at all,
 * so it keeps its modification time and {@code rsync} or a CDN upload moves only what changed.
 * New and changed files go to a staging folder beside the output. On commit:
 * <ul>
 *   <li>when there was no output yet, the staging folder is renamed into place;</li>
 *   <li>otherwise a {@link Journal} is written, the staged files are moved into the output one by
 *       one (each move atomic) and files the build no longer writes are removed. A build killed in
 *       this short window leaves the journal, and the next build finishes the commit before it
 *       does anything else.</li>
 * </ul>
 * Rebuilding a large site therefore costs file-system work in proportion to what changed, not to
 * the size of the site (on some file systems creating or deleting a folder costs a millisecond).
 *
 * <p>Thread-safe: pages are written from several threads. Writing the same path twice is a bug in
 * the page plan and fails loudly.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path output;
    private final Path staging;
    private final Path manifestFile;
    private final Path journalFile;
    private final boolean fresh;
    private final Manifest previous;
    private final PathSet written = new PathSet();
    private final Folders folders = new Folders();
    private final BufferedWriter nextManifest;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private boolean committed;

    private StagedOutput(Path output) throws IOException {
        this.output = output;
        String name = output.getFileName().toString();
        this.staging = output.resolveSibling("." + name + ".staging");
        this.manifestFile = output.resolveSibling("." + name + ".manifest");
        this.journalFile = output.resolveSibling("." + name + ".commit");
        Files.createDirectories(output.getParent());
        Journal.finish(journalFile, staging, output);
        deleteTree(output.resolveSibling("." + name + ".previous")); // left by versions that swapped folders
        deleteTree(staging);
        this.fresh = !Files.exists(output);
        this.previous = fresh ? Manifest.empty() : Manifest.read(manifestFile);
        this.nextManifest = Files.newBufferedWriter(nextManifestFile(), StandardCharsets.UTF_8);
        nextManifest.write(Manifest.HEADER);
        nextManifest.write('\n');
    }

    private Path nextManifestFile() {
        return manifestFile.resolveSibling(manifestFile.getFileName() + ".tmp");
    }

    /** Prepares a build's output, after {@link OutputGuard#check}; finishes an interrupted commit first. */
    public static StagedOutput open(Path output) {
        Path out = output.toAbsolutePath().normalize();
        try {
            StagedOutput o = new StagedOutput(out);
            o.write(OutputGuard.MARKER, "This folder was written by Gazette; the next build replaces it.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return o;
        } catch (IOException | UncheckedIOException e) {
            throw new GazetteException(out + ": cannot prepare the output folder: " + e.getMessage(), e);
        }
    }

    /** Writes a file at {@code relPath} (forward slashes, no leading slash), unless its bytes are unchanged. */
    public void write(String relPath, byte[] content) {
        write(relPath, content, 0);
    }

    /**
     * Writes a file made from what {@code fingerprint} stands for (see {@link #keep}), unless its
     * bytes are unchanged.
     */
    public void write(String relPath, byte[] content, long fingerprint) {
        checkPath(relPath);
        if (!written.add(Manifest.hash(relPath))) throw new IllegalStateException("two pages want the same file: " + relPath);
        Manifest.Entry entry = Manifest.entry(content).withFingerprint(fingerprint);
        bytes.addAndGet(content.length);
        try {
            synchronized (nextManifest) {
                Manifest.writeLine(nextManifest, relPath, entry);
            }
            if (!fresh && isUnchanged(relPath, entry, content)) {
                unchanged.incrementAndGet();
                return;
            }
            Path target = staging.resolve(relPath);
            folders.create(target.getParent());
            try {
                writeNew(target, content);
            } catch (NoSuchFileException e) {
                // its folder's hash matched another folder's, so it was never made
                Files.createDirectories(target.getParent());
                writeNew(target, content);
            }
        } catch (IOException e) {
            throw new GazetteException(relPath + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the previous build's file at {@code relPath} as it is when it was made from the same
     * {@code fingerprint} (a number that changes with whatever the file is made from; 0 never
     * matches) and is still there at its size. Then the caller need not make the file at all;
     * otherwise it must {@link #write} it.
     *
     * @return whether the file was kept
     */
    public boolean keep(String relPath, long fingerprint) {
        if (fresh || fingerprint == 0) return false;
        Manifest.Entry known = previous.get(relPath);
        if (known == null || known.fingerprint() != fingerprint) return false;
        try {
            if (Files.size(output.resolve(relPath)) != known.size()) return false;
        } catch (IOException e) {
            return false;
        }
        checkPath(relPath);
        if (!written.add(Manifest.hash(relPath))) throw new IllegalStateException("two pages want the same file: " + relPath);
        bytes.addAndGet(known.size());
        unchanged.incrementAndGet();
        try {
            synchronized (nextManifest) {
                Manifest.writeLine(nextManifest, relPath, known);
            }
        } catch (IOException e) {
            throw new GazetteException(relPath + ": cannot be recorded: " + e.getMessage(), e);
        }
        return true;
    }

    /** Copies a file into the output at {@code relPath}, unless the output has it unchanged. */
    public void copy(String relPath, Path from) {
        try {
            write(relPath, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new GazetteException(from + ": cannot be copied: " + e.getMessage(), e);
        }
    }

    /** Makes the build's files the output. */
    public void commit() {
        try {
            nextManifest.close();
            if (fresh) {
                if (!Files.exists(staging)) Files.createDirectories(staging);
                move(staging, output);
            } else {
                writeJournal();
                Journal.finish(journalFile, staging, output);
            }
            move(nextManifestFile(), manifestFile);
            committed = true;
        } catch (IOException | UncheckedIOException e) {
            throw new GazetteException(output + ": cannot update the output folder: " + e.getMessage(), e);
        }
    }

    /** Discards what was staged unless the build was committed. */
    @Override
    public void close() {
        if (committed) return;
        try {
            nextManifest.close();
            Files.deleteIfExists(nextManifestFile());
            deleteTree(staging);
        } catch (IOException e) {
            // Leaving a stale staging folder is harmless: the next build clears it.
        }
    }

    /** Files the build wrote (changed or not). */
    public int files() {
        return written.size();
    }

    public long bytes() {
        return bytes.get();
    }

    /** Files whose bytes were the same as in the previous output, and were left alone. */
    public long unchanged() {
        return unchanged.get();
    }

    public Path output() {
        return output;
    }

    /**
     * Whether the output already has these bytes at {@code relPath}. The manifest answers without
     * reading the file; the file's size guards against it having been edited since.
     */
    private boolean isUnchanged(String relPath, Manifest.Entry entry, byte[] content) throws IOException {
        Path old = output.resolve(relPath);
        long size;
        try {
            size = Files.size(old);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (size != content.length) return false;
        Manifest.Entry known = previous.get(relPath);
        if (known != null) return known.size() == entry.size() && known.checksum() == entry.checksum();
        return Arrays.equals(Files.readAllBytes(old), content);
    }

    /**
     * Lists the commit's steps, streaming: every staged file to move in, every file of the previous
     * output this build did not write to remove (from the previous manifest, or the folder itself
     * when there is none).
     */
    private void writeJournal() throws IOException {
        BufferedWriter w = Journal.begin(journalFile);
        try {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> s = Files.walk(staging)) {
                    for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                        Journal.move(w, staging.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
            IOException[] failure = new IOException[1];
            Consumer<String> removeIfGone = path -> {
                if (failure[0] != null || written.contains(Manifest.hash(path))) return;
                try {
                    Journal.remove(w, path);
                } catch (IOException e) {
                    failure[0] = e;
                }
            };
            if (previous.size() > 0) {
                // the paths are read from the file only when some are to go: most rebuilds write every one again
                if (!previous.allIn(written)) Manifest.paths(manifestFile, removeIfGone);
            } else {
                try (Stream<Path> s = Files.walk(output)) {
                    s.filter(Files::isRegularFile).map(p -> output.relativize(p).toString().replace('\\', '/'))
                            .forEach(removeIfGone);
                }
            }
            if (failure[0] != null) throw failure[0];
        } catch (IOException | UncheckedIOException e) {
            w.close();
            throw e;
        }
        Journal.seal(w, journalFile);
    }

    /**
     * Writes a file that the staging folder does not have yet: one open and, for any size, one
     * write call ({@code Files.write} writes in 8 KB pieces, each copied to a native buffer). On
     * some file systems creating the file is what costs; this spends nothing besides.
     */
    private static void writeNew(Path target, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) ch.write(buf);
        }
    }

    private static void checkPath(String relPath) {
        if (relPath.startsWith("/") || relPath.contains("\\") || Arrays.asList(relPath.split("/")).contains("..")) {
            throw new IllegalArgumentException("output path must stay inside the output folder: " + relPath);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
