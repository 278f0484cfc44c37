package org.gazette.render;

import org.gazette.diag.GazetteException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * UI strings for the site language: {@code i18n/<lang>.yaml} files, flat keys to strings. English
 * is loaded first so a key missing in another language still shows something; then the language
 * itself, each theme layer overriding the one below.
 */
public final class Translations {
    private Translations() {}

    public static Map<String, String> load(Theme theme, String language) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        Map<String, String> out = new TreeMap<>();
        for (String l : lang.equals("en") ? new String[] {"en"} : new String[] {"en", lang}) {
            for (Path root : theme.i18nRoots()) {
                Path file = root.resolve(l + ".yaml");
                if (Files.isRegularFile(file)) read(file, out);
            }
        }
        return Map.copyOf(out);
    }

    private static void read(Path file, Map<String, String> into) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | YamlEngineException e) {
            throw new GazetteException(file + ": cannot read translations: " + e.getMessage(), e);
        }
        if (doc == null) return;
        if (!(doc instanceof Map<?, ?> m)) throw new GazetteException(file + ": translations must be a mapping of keys to strings");
        m.forEach((k, v) -> {
            if (v != null) into.put(String.valueOf(k), String.valueOf(v));
        });
    }
}
