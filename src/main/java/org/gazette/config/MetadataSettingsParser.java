package org.gazette.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.GazetteException;
import org.gazette.text.Folding;

/**
 * Reads the metadata keys of {@code site.yaml} ({@code tags}, {@code categoryConfidence}, {@code
 * duplicates}) into {@link MetadataSettings}. A wrong value is fatal, with a message that names
 * the key; an unknown key inside {@code tags} is a warning.
 */
final class MetadataSettingsParser {
    static final Set<String> KEYS = Set.of("tags", "categoryConfidence", "duplicates");
    private static final Set<String> TAG_KEYS = Set.of("synonyms", "blocklist", "always");
    private static final String FILE = ConfigLoader.FILE_NAME;

    private MetadataSettingsParser() {}

    static MetadataSettings parse(Map<?, ?> raw, Consumer<Diagnostic> warnings) {
        MetadataSettings d = MetadataSettings.defaults();
        return new MetadataSettings(tags(raw.get("tags"), warnings), confidence(raw.get("categoryConfidence"), d.categoryConfidence()),
                duplicates(raw.get("duplicates"), d.duplicates()));
    }

    private static TagSettings tags(Object value, Consumer<Diagnostic> warnings) {
        if (value == null) return TagSettings.none();
        if (!(value instanceof Map<?, ?> map)) {
            throw new GazetteException(FILE + ": tags must be a mapping with synonyms, blocklist and always");
        }
        for (Object key : map.keySet()) {
            if (!TAG_KEYS.contains(String.valueOf(key))) {
                warnings.accept(Diagnostic.warning(FILE, "unknown key 'tags." + key + "' (known: synonyms, blocklist, always)"));
            }
        }
        return new TagSettings(synonyms(map.get("synonyms")), strings(map.get("blocklist"), "tags.blocklist"),
                strings(map.get("always"), "tags.always"));
    }

    private static Map<String, String> synonyms(Object value) {
        if (value == null) return Map.of();
        if (!(value instanceof Map<?, ?> map)) {
            throw new GazetteException(FILE + ": tags.synonyms must be a mapping from a tag to the tag it is shown as, "
                    + "e.g. CAND: Công an nhân dân");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String from = String.valueOf(e.getKey()).strip();
            if (e.getValue() == null || e.getValue() instanceof Map || e.getValue() instanceof List || from.isEmpty()
                    || String.valueOf(e.getValue()).isBlank()) {
                throw new GazetteException(FILE + ": tags.synonyms." + from + " must name one tag, not '" + e.getValue() + "'");
            }
            out.put(from, String.valueOf(e.getValue()).strip());
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        out.forEach((from, to) -> byKey.put(Folding.key(from), to));
        for (Map.Entry<String, String> e : out.entrySet()) {
            String target = byKey.get(Folding.key(e.getValue()));
            if (target != null && !Folding.key(target).equals(Folding.key(e.getValue()))) {
                throw new GazetteException(FILE + ": tags.synonyms." + e.getKey() + " is shown as '" + e.getValue()
                        + "', which is itself a synonym of '" + target + "'; map it to '" + target + "' directly");
            }
        }
        return out;
    }

    private static List<String> strings(Object value, String key) {
        if (value == null) return List.of();
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (o == null) continue;
            if (o instanceof Map || o instanceof List) throw new GazetteException(FILE + ": " + key + " must be a list of tags");
            if (!String.valueOf(o).isBlank()) out.add(String.valueOf(o).strip());
        }
        return out;
    }

    private static double confidence(Object value, double fallback) {
        if (value == null) return fallback;
        double v;
        try {
            v = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0 && v <= 1)) {
            throw new GazetteException(FILE + ": categoryConfidence must be a number from 0 to 1 (e.g. 0.8), not '" + value + "'");
        }
        return v;
    }

    private static MetadataSettings.Duplicates duplicates(Object value, MetadataSettings.Duplicates fallback) {
        if (value == null) return fallback;
        for (MetadataSettings.Duplicates d : MetadataSettings.Duplicates.values()) {
            if (d.yaml().equals(String.valueOf(value).strip())) return d;
        }
        throw new GazetteException(FILE + ": duplicates must be link, drop or keep, not '" + value + "'");
    }
}
