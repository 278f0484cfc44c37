package org.gazette.content;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The team's shared test data (seeds, corpora), which lives outside the repository and is read at
 * run time: the folder named by the {@code gazette.shared} system property (the pom sets it to
 * {@code ../shared}), else {@code ../shared}. Tests that need it skip, visibly, when it is absent.
 */
final class SharedFolder {
    private SharedFolder() {}

    static Path root() {
        return Path.of(System.getProperty("gazette.shared", "../shared"));
    }

    /** The sub-folder, or a skipped test with {@code message} when it does not exist. */
    static Path require(String sub, String message) {
        Path dir = root().resolve(sub);
        assumeTrue(Files.isDirectory(dir), message);
        return dir;
    }
}
