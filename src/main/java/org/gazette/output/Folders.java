package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The staging folders made so far, so each is created once: {@code Files.createDirectories} on a
 * folder that exists costs a failed {@code mkdir} and a {@code stat}, and most files go to a
 * folder an earlier file created (a tag's pages, feeds and search shards share theirs). Folders
 * are remembered as 64-bit hashes: a million article folders kept as {@code Path}s took an
 * estimated 200–270 MB of a 2 GB heap. A hash that matches another folder's only means {@link
 * #create} skips making one; {@link StagedOutput} then makes it when the write finds it missing.
 * Thread-safe; two threads may both create a new folder, which {@code createDirectories} allows.
 */
final class Folders {
    private final PathSet made = new PathSet();

    void create(Path dir) throws IOException {
        long hash = Manifest.hash(dir.toString());
        if (made.contains(hash)) return;
        Files.createDirectories(dir);
        made.add(hash);
    }
}
