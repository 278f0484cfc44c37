package org.gazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staging folders made so far, so each is created once: {@code Files.createDirectories} on a
 * folder that exists costs a failed {@code mkdir} and a {@code stat}, and most files go to a
 * folder an earlier file created (a tag's pages, feeds and search shards share theirs). Thread-safe;
 * two threads may both create a new folder, which {@code createDirectories} allows.
 */
final class Folders {
    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    void create(Path dir) throws IOException {
        if (made.contains(dir)) return;
        Files.createDirectories(dir);
        made.add(dir);
    }
}
