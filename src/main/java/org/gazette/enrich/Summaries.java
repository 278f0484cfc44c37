package org.gazette.enrich;

import org.gazette.content.Block;

import java.util.List;

/** The lede: an article's first real paragraph, cut to a readable length at a word boundary. */
public final class Summaries {
    /** Long enough for a meta description and a list teaser; search engines cut near 160. */
    public static final int MAX_LENGTH = 300;

    private Summaries() {}

    public static String lede(List<Block> body) {
        for (Block b : body) {
            if (b.isCaption()) continue;
            String text = b.plainText().strip();
            if (!text.isEmpty()) return shorten(text, MAX_LENGTH);
        }
        return "";
    }

    /** {@code text} cut to at most {@code max} characters at a space, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
