package org.gazette.config;

import java.util.Locale;
import java.util.Objects;

/**
 * What {@code site.yaml} says about the metadata Gazette derives: the {@code tags:} section,
 * {@code categoryConfidence} and {@code duplicates}.
 *
 * @param tags               synonyms, blocklist and always-tagged names
 * @param categoryConfidence the confidence from which an article without a category gets the one
 *                           the classifier guesses (else {@code defaultCategory}); 0 to 1
 * @param duplicates         what becomes of near-duplicate articles
 */
public record MetadataSettings(TagSettings tags, double categoryConfidence, Duplicates duplicates) {
    public static final double DEFAULT_CATEGORY_CONFIDENCE = 0.8;

    public MetadataSettings {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(duplicates, "duplicates");
        if (!(categoryConfidence >= 0 && categoryConfidence <= 1)) {
            throw new IllegalArgumentException("categoryConfidence must be between 0 and 1, got " + categoryConfidence);
        }
    }

    public static MetadataSettings defaults() {
        return new MetadataSettings(TagSettings.none(), DEFAULT_CATEGORY_CONFIDENCE, Duplicates.LINK);
    }

    /** What becomes of an article that is a near-duplicate of another (the canonical one). */
    public enum Duplicates {
        /** Published as a page that points at the canonical article, listed nowhere. */
        LINK,
        /** Not published; the build says so. */
        DROP,
        /** Published like any article; only {@code gazette check} reports it. */
        KEEP;

        /** The value as {@code site.yaml} writes it. */
        public String yaml() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
