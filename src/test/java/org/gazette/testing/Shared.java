package org.gazette.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test data beside the repository ({@code ../shared}): the five seed files and the
 * real corpora. Tests that need it skip with a visible message when it is absent; CI requires it.
 */
public final class Shared {
    private Shared() {}

    public static Path root() {
        return Path.of(System.getProperty("gazette.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** The seeds folder, or a skipped test when it is missing. */
    public static Path seeds() {
        Path p = root().resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(p), "../shared/seeds not found at " + p + ": seed tests skipped");
        return p;
    }

    /** A folder of the shared corpus ({@code ""} for the corpus itself), or a skipped test when it is missing. */
    public static Path corpus(String name) {
        Path p = root().resolve("corpus").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(p), p + " not found: test skipped");
        return p;
    }
}
