package org.gazette.build;

import org.gazette.content.SourceFile;
import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.function.Consumer;

/**
 * Lists the files under {@code content/}, at any depth, sorted by their relative path so that
 * every later step sees them in the same order on every file system. Hidden files and folders
 * (names starting with a dot) are left out; symbolic links are not followed out of the tree.
 */
final class SourceScanner {
    private SourceScanner() {}

    static List<SourceFile> scan(Path contentDir, Consumer<String> unreadable) {
        if (!Files.isDirectory(contentDir)) {
            throw new GazetteException(contentDir + ": no content folder (put articles in content/)");
        }
        List<SourceFile> files;
        try {
            // folders are listed in parallel: a large archive's stat calls are most of a rebuild's scan
            files = ForkJoinPool.commonPool().invoke(new Folder(contentDir, contentDir, unreadable));
        } catch (UncheckedIOException e) {
            throw new GazetteException(contentDir + ": cannot be listed: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(SourceFile::relPath));
        return files;
    }

    /** The files of one folder and, forked, of its subfolders. */
    private static final class Folder extends RecursiveTask<List<SourceFile>> {
        private final Path contentDir;
        private final Path dir;
        private final Consumer<String> unreadable;

        Folder(Path contentDir, Path dir, Consumer<String> unreadable) {
            this.contentDir = contentDir;
            this.dir = dir;
            this.unreadable = unreadable;
        }

        @Override
        protected List<SourceFile> compute() {
            List<SourceFile> files = new ArrayList<>();
            List<Folder> subfolders = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (hidden(p)) continue;
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        report(p);
                        continue;
                    }
                    if (attrs.isDirectory()) {
                        subfolders.add(new Folder(contentDir, p, unreadable));
                    } else if (attrs.isRegularFile()) {
                        files.add(new SourceFile(contentDir, relative(p), attrs.size(), nanos(attrs.lastModifiedTime())));
                    }
                }
            } catch (IOException e) {
                unlisted(e);
            } catch (DirectoryIteratorException e) {
                unlisted(e.getCause());
            }
            for (Folder f : invokeAll(subfolders)) files.addAll(f.join());
            return files;
        }

        /** A subfolder that cannot be listed is skipped with a warning; the content folder itself fails the build. */
        private void unlisted(IOException e) {
            if (dir.equals(contentDir)) throw new UncheckedIOException(e);
            report(dir);
        }

        private void report(Path p) {
            synchronized (unreadable) {
                unreadable.accept(relative(p));
            }
        }

        private String relative(Path p) {
            return contentDir.relativize(p).toString().replace('\\', '/');
        }
    }

    private static long nanos(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
