package org.gazette.enrich;

import java.util.Objects;

/**
 * An acronym an article spells out: {@code Công an nhân dân (CAND)}. The tagger shows the acronym
 * as its expansion and merges the two into one tag, across the archive.
 *
 * @param acronym   the acronym as written ({@code CAND})
 * @param expansion the words it stands for, as written, single spaces ({@code Công an nhân dân})
 */
public record AcronymDefinition(String acronym, String expansion) {
    public AcronymDefinition {
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(expansion, "expansion");
    }
}
