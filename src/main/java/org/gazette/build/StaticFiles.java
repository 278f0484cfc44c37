package org.gazette.build;

import org.gazette.diag.GazetteException;
import org.gazette.output.StagedOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Copies static files (CSS, fonts, scripts) from the theme layers into the output root. A file of
 * the same path in a more specific layer replaces the one below it.
 */
final class StaticFiles {
    private StaticFiles() {}

    /** @param roots static folders, least specific first */
    static int copy(List<Path> roots, StagedOutput out) {
        Map<String, Path> files = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
            } catch (IOException | UncheckedIOException e) {
                throw new GazetteException(root + ": cannot list static files: " + e.getMessage(), e);
            }
        }
        files.forEach(out::copy);
        return files.size();
    }
}
