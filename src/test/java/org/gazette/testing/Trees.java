package org.gazette.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File-tree helpers for tests: read a whole output tree, copy a tree. */
public final class Trees {
    private Trees() {}

    /** Every file under {@code root} by relative path, with its bytes. */
    public static Map<String, byte[]> read(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every HTML file under {@code root}, decoded. */
    public static Map<String, String> html(Path root) {
        Map<String, String> out = new TreeMap<>();
        read(root).forEach((k, v) -> {
            if (k.endsWith(".html")) out.put(k, new String(v, java.nio.charset.StandardCharsets.UTF_8));
        });
        return out;
    }

    /** The built page at {@code path} under {@code root}, parsed. */
    public static Document page(Path root, String path) {
        try {
            return Jsoup.parse(Files.readString(root.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
