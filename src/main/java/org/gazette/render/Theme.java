package org.gazette.render;

import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a site's templates, static files and translations come from, most specific first, the
 * way Hugo looks them up: the site's own {@code layouts/} (templates) and {@code static/}, then
 * {@code themes/<name>/} in the source folder, then the default theme built into Gazette. Any
 * single template, partial, static file or translation key can be overridden by the layer above.
 *
 * <p>A theme folder holds {@code templates/}, {@code static/} and {@code i18n/}.
 */
public final class Theme {
    static final String BUILT_IN = "org/gazette/theme/default/";

    private final List<Layer> layers;

    /** One source of theme files; {@code templatesLabel} names its template folder in messages. */
    record Layer(String templatesLabel, Path templates, Path statics, Path i18n) { }

    private Theme(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /**
     * Resolves the theme for a source folder.
     *
     * @throws GazetteException when {@code name} is not {@code default} and no such theme exists
     */
    public static Theme resolve(Path sourceDir, String name) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer("layouts/", sourceDir.resolve("layouts"), sourceDir.resolve("static"),
                sourceDir.resolve("i18n")));
        Path themeDir = sourceDir.resolve("themes").resolve(name);
        if (Files.isDirectory(themeDir)) {
            layers.add(new Layer("themes/" + name + "/templates/", themeDir.resolve("templates"),
                    themeDir.resolve("static"), themeDir.resolve("i18n")));
        } else if (!name.equals("default")) {
            throw new GazetteException("site.yaml: theme '" + name + "' not found (expected the folder themes/" + name + "/)");
        }
        Path builtIn = builtInRoot();
        layers.add(new Layer("(built-in default theme) templates/", builtIn.resolve("templates"),
                builtIn.resolve("static"), builtIn.resolve("i18n")));
        return new Theme(layers);
    }

    List<Layer> layers() {
        return layers;
    }

    /** Template folders, most specific first. */
    List<Path> templateRoots() {
        return layers.stream().map(Layer::templates).filter(Files::isDirectory).toList();
    }

    /** Static folders, least specific first, so that later copies win. */
    public List<Path> staticRoots() {
        List<Path> roots = new ArrayList<>(layers.stream().map(Layer::statics).filter(Files::isDirectory).toList());
        java.util.Collections.reverse(roots);
        return roots;
    }

    /** Translation folders, least specific first, so that later keys win. */
    List<Path> i18nRoots() {
        List<Path> roots = new ArrayList<>(layers.stream().map(Layer::i18n).filter(Files::isDirectory).toList());
        java.util.Collections.reverse(roots);
        return roots;
    }

    /** A readable name for a template file, for error messages: {@code themes/default/templates/article.ftlh}. */
    String describe(String templateName) {
        for (Layer l : layers) {
            if (Files.isRegularFile(l.templates().resolve(templateName))) return l.templatesLabel() + templateName;
        }
        return templateName;
    }

    /** The built-in default theme as a path: a folder on the class path or a folder inside the jar. */
    private static Path builtInRoot() {
        URL url = Theme.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) throw new GazetteException("the built-in default theme is missing from the Gazette jar");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new GazetteException("the built-in default theme cannot be opened: " + e.getMessage(), e);
        }
    }
}
