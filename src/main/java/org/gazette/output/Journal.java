package org.gazette.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The list of what a commit does to the output folder: {@code M path} moves a staged file into
 * place, {@code D path} removes a file the build no longer writes. Written completely before the
 * first change; replayed by {@link #finish} until it is done, so a commit that was killed midway is
 * completed by the next build. Every step can be replayed safely.
 */
final class Journal {
    private Journal() {}

    /** Starts writing a journal; lines are added with {@link #move} and {@link #remove}. */
    static BufferedWriter begin(Path file) throws IOException {
        return Files.newBufferedWriter(file.resolveSibling(file.getFileName() + ".tmp"), StandardCharsets.UTF_8);
    }

    static void move(BufferedWriter w, String path) throws IOException {
        w.write("M ");
        w.write(path);
        w.write('\n');
    }

    static void remove(BufferedWriter w, String path) throws IOException {
        w.write("D ");
        w.write(path);
        w.write('\n');
    }

    /** Makes the journal count: until this rename, an interrupted commit changed nothing. */
    static void seal(BufferedWriter w, Path file) throws IOException {
        w.close();
        StagedOutput.move(file.resolveSibling(file.getFileName() + ".tmp"), file);
    }

    /** Carries out a journal left by this or an interrupted build, then removes it and the staging folder. */
    static void finish(Path file, Path staging, Path output) throws IOException {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".tmp")); // never sealed: ignore
        if (!Files.exists(file)) return;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() < 3) continue;
                String path = line.substring(2);
                Path target = output.resolve(path);
                if (line.charAt(0) == 'M') {
                    Path from = staging.resolve(path);
                    if (!Files.exists(from)) continue; // moved before the interruption
                    Files.createDirectories(target.getParent());
                    StagedOutput.move(from, target);
                } else {
                    Files.deleteIfExists(target);
                    pruneEmptyParents(target.getParent(), output);
                }
            }
        }
        StagedOutput.deleteTree(staging);
        Files.delete(file);
    }

    /** Removes folders left empty by a removal, up to (not including) the output folder. */
    private static void pruneEmptyParents(Path dir, Path output) throws IOException {
        for (Path d = dir; d != null && !d.equals(output) && d.startsWith(output); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }
}
