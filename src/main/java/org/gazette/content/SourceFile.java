package org.gazette.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file under {@code content/}.
 *
 * <p>It holds the folder it was found in (shared by every file of an archive) rather than its own
 * {@link Path}: a path object costs about a hundred bytes, a million of them a tenth of a gigabyte.
 *
 * @param folder  the folder {@code relPath} is relative to: {@code content/}
 * @param relPath its path relative to {@code content/}, with forward slashes: the article's identity
 * @param size     its size in bytes when scanned
 * @param modified its modification time when scanned, in nanoseconds since the epoch; 0 when unknown
 */
public record SourceFile(Path folder, String relPath, long size, long modified) {
    public SourceFile {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(relPath, "relPath");
    }

    /** A file whose modification time is not known. */
    public SourceFile(Path folder, String relPath, long size) {
        this(folder, relPath, size, 0);
    }

    /** Where it is on disk. */
    public Path path() {
        return folder.resolve(relPath);
    }

    /** Lower-case file extension without the dot, or "" when there is none. */
    public String extension() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The first folder under {@code content/}, or null for a file at its root. */
    public String topFolder() {
        int slash = relPath.indexOf('/');
        return slash < 0 ? null : relPath.substring(0, slash);
    }

    /** The file name without folders and extension. */
    public String baseName() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
