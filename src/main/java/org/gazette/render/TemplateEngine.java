package org.gazette.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The one Freemarker {@link Configuration} of a build. All templates are parsed up front, so a
 * broken template stops the build before any page is written, with a message naming the template
 * file and line. Thread-safe once constructed: pages render in parallel.
 */
public final class TemplateEngine {
    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration cfg;
    private final Theme theme;
    /** One output buffer per rendering thread, kept between pages: no lock per write, no regrowth per page. */
    private final ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(Utf8Buffer::new);

    public TemplateEngine(Theme theme, Locale locale) {
        this.theme = theme;
        cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(new PathTemplateLoader(theme.templateRoots()));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        // .ftlh gets HTML auto-escaping, .ftlx XML escaping; other names default to HTML too.
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(locale);
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new ViewWrapper(VERSION));
        parseAll();
    }

    /** Whether the theme has a template of this name. */
    public boolean has(String name) {
        try {
            cfg.getTemplate(name);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            throw fatal(name, e);
        }
    }

    /** Renders a template with a data model, as the page's bytes in UTF-8. */
    public byte[] render(String name, Map<String, Object> model) {
        Utf8Buffer out = buffers.get();
        out.reset();
        try {
            Template t = cfg.getTemplate(name);
            t.process(model, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() != null ? theme.describe(e.getTemplateSourceName()) : theme.describe(name);
            Integer line = e.getLineNumber();
            throw new GazetteException(where + (line != null ? ":" + line : "") + ": template error: "
                    + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw fatal(name, e);
        }
        return out.toByteArray();
    }

    private void parseAll() {
        TreeSet<String> names = new TreeSet<>();
        for (Path root : theme.templateRoots()) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".ftlh") || n.endsWith(".ftlx") || n.endsWith(".ftl"))
                        .forEach(names::add);
            } catch (IOException | UncheckedIOException e) {
                throw new GazetteException(root + ": cannot list templates: " + e.getMessage(), e);
            }
        }
        for (String n : names) {
            try {
                cfg.getTemplate(n);
            } catch (IOException e) {
                throw fatal(n, e);
            }
        }
    }

    private GazetteException fatal(String name, IOException e) {
        if (e instanceof ParseException pe) {
            String where = theme.describe(pe.getTemplateName() != null ? pe.getTemplateName() : name);
            return new GazetteException(where + ":" + pe.getLineNumber() + ": template syntax error: "
                    + firstLine(pe.getEditorMessage()), e);
        }
        if (e instanceof TemplateNotFoundException nf) {
            return new GazetteException(theme.describe(name) + ": template not found: " + nf.getTemplateName(), e);
        }
        return new GazetteException(theme.describe(name) + ": cannot read template: " + e.getMessage(), e);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
