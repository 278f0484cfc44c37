package org.gazette.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tags:} section of {@code site.yaml}: how the site owner steers the automatic tags.
 *
 * @param synonyms  tag → the tag it is shown as and merged with ({@code CAND: Công an nhân dân}); both
 *                  sides match whatever their case and diacritics
 * @param blocklist phrases that are never an automatic tag, whatever their case and diacritics
 * @param always    names that every article containing them (title or text) is tagged with
 */
public record TagSettings(Map<String, String> synonyms, List<String> blocklist, List<String> always) {
    public TagSettings {
        synonyms = Collections.unmodifiableMap(new LinkedHashMap<>(synonyms));
        blocklist = List.copyOf(blocklist);
        always = List.copyOf(always);
    }

    /** No synonyms, nothing blocked, nothing forced. */
    public static TagSettings none() {
        return new TagSettings(Map.of(), List.of(), List.of());
    }
}
