package org.gazette.config;

import org.gazette.diag.Diagnostic;
import org.gazette.diag.GazetteException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code site.yaml} into a {@link SiteConfig}. A broken file is fatal and the message names
 * the file and line; an unknown key is only a warning, and the key is kept in {@code params}.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "site.yaml";

    private static final Set<String> KNOWN = Set.of("title", "description", "language", "timezone", "baseUrl",
            "theme", "paginate", "permalink", "defaultCategory", "categories", "minTagArticles", "portable",
            "rawText", "params");

    private ConfigLoader() {}

    /** Loads {@code site.yaml} from {@code sourceDir}, or the defaults when there is none. */
    public static SiteConfig load(Path sourceDir, Consumer<Diagnostic> warnings) {
        Path file = sourceDir.resolve(FILE_NAME);
        if (!Files.exists(file)) return SiteConfig.defaults();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new GazetteException(FILE_NAME + ": cannot be read: " + e.getMessage());
        }
        return parse(text, warnings);
    }

    /** Parses the text of a {@code site.yaml}. */
    public static SiteConfig parse(String text, Consumer<Diagnostic> warnings) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(FILE_NAME).build()).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new GazetteException(FILE_NAME + (line > 0 ? ":" + line : "") + ": invalid YAML: "
                    + e.getProblem());
        } catch (YamlEngineException e) {
            throw new GazetteException(FILE_NAME + ": invalid YAML: " + e.getMessage());
        }
        if (doc == null) return SiteConfig.defaults();
        if (!(doc instanceof Map<?, ?> raw)) {
            throw new GazetteException(FILE_NAME + ": expected a mapping of keys to values at the top level");
        }
        Fields f = new Fields(raw);
        SiteConfig d = SiteConfig.defaults();
        Map<String, Object> params = new LinkedHashMap<>(f.map("params"));
        for (Object key : raw.keySet()) {
            String k = String.valueOf(key);
            if (!KNOWN.contains(k) && !MetadataSettingsParser.KEYS.contains(k)) {
                warnings.accept(Diagnostic.warning(FILE_NAME, "unknown key '" + k + "' (kept as site.params." + k + ")"));
                params.put(k, raw.get(key));
            }
        }
        String tz = f.string("timezone", d.timezone().getId());
        ZoneId zone;
        try {
            zone = ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new GazetteException(FILE_NAME + ": timezone '" + tz + "' is not a known time zone (e.g. Asia/Ho_Chi_Minh)");
        }
        int paginate = f.integer("paginate", d.paginate());
        if (paginate < 1) throw new GazetteException(FILE_NAME + ": paginate must be at least 1");
        String permalink = f.string("permalink", d.permalink());
        validatePermalink(permalink);
        Map<String, String> categories = new LinkedHashMap<>();
        f.map("categories").forEach((k, v) -> categories.put(k, v == null ? k : String.valueOf(v)));
        Map<String, List<String>> rawText = new LinkedHashMap<>();
        f.map("rawText").forEach((k, v) -> rawText.put(k, stringList(v, "rawText." + k)));
        return new SiteConfig(
                f.string("title", d.title()),
                f.string("description", d.description()),
                f.string("language", d.language()),
                zone,
                f.string("baseUrl", d.baseUrl()),
                f.string("theme", d.theme()),
                paginate,
                permalink,
                f.string("defaultCategory", d.defaultCategory()),
                categories,
                f.integer("minTagArticles", d.minTagArticles()),
                f.bool("portable", d.portable()),
                rawText,
                params,
                MetadataSettingsParser.parse(raw, warnings));
    }

    /** A permalink must stay inside the output folder and name the article uniquely. */
    static void validatePermalink(String permalink) {
        if (!permalink.startsWith("/") || !permalink.contains("{slug}")) {
            throw new GazetteException(FILE_NAME + ": permalink '" + permalink
                    + "' must start with / and contain {slug}");
        }
        String[] parts = permalink.split("/");
        if (parts.length > 1 && Layout.isReserved(parts[1])) {
            throw new GazetteException(FILE_NAME + ": permalink '" + permalink + "' starts with '" + parts[1]
                    + "', which the site's own pages use");
        }
        for (String part : parts) {
            if (part.equals("..") || part.equals(".")) {
                throw new GazetteException(FILE_NAME + ": permalink '" + permalink + "' must not contain . or .. segments");
            }
        }
    }

    private static List<String> stringList(Object v, String key) {
        if (v == null) return List.of();
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) if (o != null) out.add(String.valueOf(o));
            return out;
        }
        if (v instanceof String s) return List.of(s);
        throw new GazetteException(FILE_NAME + ": " + key + " must be a list of strings");
    }

    /** Typed access to the top-level mapping, with messages that name the key. */
    private record Fields(Map<?, ?> raw) {
        String string(String key, String fallback) {
            Object v = raw.get(key);
            if (v == null) return fallback;
            if (v instanceof Map || v instanceof List) {
                throw new GazetteException(FILE_NAME + ": " + key + " must be a single value");
            }
            return String.valueOf(v);
        }

        int integer(String key, int fallback) {
            Object v = raw.get(key);
            if (v == null) return fallback;
            if (v instanceof Number n) return n.intValue();
            try {
                return Integer.parseInt(String.valueOf(v).trim());
            } catch (NumberFormatException e) {
                throw new GazetteException(FILE_NAME + ": " + key + " must be a whole number, not '" + v + "'");
            }
        }

        boolean bool(String key, boolean fallback) {
            Object v = raw.get(key);
            if (v == null) return fallback;
            if (v instanceof Boolean b) return b;
            throw new GazetteException(FILE_NAME + ": " + key + " must be true or false, not '" + v + "'");
        }

        Map<String, Object> map(String key) {
            Object v = raw.get(key);
            if (v == null) return Map.of();
            if (!(v instanceof Map<?, ?> m)) {
                throw new GazetteException(FILE_NAME + ": " + key + " must be a mapping of keys to values");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return out;
        }
    }
}
