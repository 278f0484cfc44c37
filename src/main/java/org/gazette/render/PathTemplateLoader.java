package org.gazette.render;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Freemarker template loader over NIO paths, so templates load the same way from a folder and
 * from inside the jar. Looks through the roots in order; the first that has the name wins.
 */
final class PathTemplateLoader implements TemplateLoader {
    private final List<Path> roots;

    PathTemplateLoader(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    @Override
    public Object findTemplateSource(String name) {
        if (name.contains("..")) return null;
        for (Path root : roots) {
            Path p = root.resolve(name);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @Override
    public long getLastModified(Object source) {
        return -1; // one Configuration per build: templates never change under it
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return Files.newBufferedReader((Path) source, StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing held open between findTemplateSource and getReader
    }
}
