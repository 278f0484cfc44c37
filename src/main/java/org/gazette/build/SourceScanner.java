package org.gazette.build;

import org.gazette.content.SourceFile;
import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<SourceFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(contentDir) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        String rel = contentDir.relativize(file).toString().replace('\\', '/');
                        files.add(new SourceFile(contentDir, rel, attrs.size(), nanos(attrs.lastModifiedTime())));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.accept(contentDir.relativize(file).toString().replace('\\', '/'));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new GazetteException(contentDir + ": cannot be listed: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(SourceFile::relPath));
        return files;
    }

    private static long nanos(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }
}
