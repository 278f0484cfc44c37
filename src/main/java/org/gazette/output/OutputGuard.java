package org.gazette.output;

import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output folders a build could hurt: the file-system root, the home folder, the source
 * folder or anything holding it, the content folder, and a non-empty folder that is not a previous
 * Gazette output. {@code force} lifts only the last rule: the others are never right.
 */
public final class OutputGuard {
    /** The file a Gazette output folder carries, so a later build knows it may replace the folder. */
    public static final String MARKER = ".gazette-output";

    private OutputGuard() {}

    public static void check(Path output, Path source, boolean force) {
        Path out = output.toAbsolutePath().normalize();
        Path src = source.toAbsolutePath().normalize();
        if (out.getParent() == null) refuse(out, "it is the file-system root");
        String home = System.getProperty("user.home");
        if (home != null && out.equals(Path.of(home).toAbsolutePath().normalize())) refuse(out, "it is the home folder");
        if (src.startsWith(out)) refuse(out, "it holds the source folder");
        if (out.startsWith(src.resolve("content"))) refuse(out, "it is inside the content folder");
        if (Files.isRegularFile(out)) refuse(out, "it is a file");
        if (!force && Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            refuse(out, "it is not empty and not a previous Gazette output (use --force to replace it)");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new GazetteException(dir + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void refuse(Path out, String why) {
        throw new GazetteException("refusing to write the site to " + out + ": " + why);
    }
}
