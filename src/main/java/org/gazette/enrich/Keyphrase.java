package org.gazette.enrich;

import java.util.Objects;
import org.gazette.text.Folding;

/**
 * A candidate tag in one article.
 *
 * @param key     identity key for merging variants: folded, lower case, single spaces
 *                ({@code "dien bien"}); see {@link #keyOf}
 * @param surface the natural spelling as the article writes it, with case and diacritics
 *                ({@code "Điện Biên"})
 * @param score   how strongly the article is about this phrase; only comparable within one
 *                extractor's output
 */
public record Keyphrase(String key, String surface, float score) {

    public Keyphrase {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(surface, "surface");
        if (key.isBlank()) throw new IllegalArgumentException("blank keyphrase key for surface '" + surface + "'");
    }

    /**
     * The identity key of a phrase: cleaned, folded to lower-case ASCII where possible, with single
     * spaces. Variants that differ only in case or diacritics ({@code Đảng}, {@code đảng}) share it.
     */
    public static String keyOf(String phrase) {
        String folded = Folding.fold(Folding.clean(phrase));
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
