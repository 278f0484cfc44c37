package org.gazette.enrich;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared test data (seeds, corpora), found through {@code -Dgazette.shared}, else {@code ../shared}. */
final class SharedData {
    private SharedData() {}

    /** The folder {@code relative} under the shared data; skips the calling test, saying so, when it is absent. */
    static Path require(String relative) {
        String configured = System.getProperty("gazette.shared");
        Path root = Path.of(configured == null || configured.isBlank() ? "../shared" : configured);
        Path dir = root.resolve(relative);
        assumeTrue(Files.isDirectory(dir), () -> dir + " not found: skipped");
        return dir;
    }
}
