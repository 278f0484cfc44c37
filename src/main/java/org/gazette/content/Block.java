package org.gazette.content;

import java.util.Objects;

/**
 * One block of an article body.
 *
 * <p>{@link Kind#PARAGRAPH} and {@link Kind#CAPTION} hold plain text, escaped by the template.
 * {@link Kind#HTML} holds HTML that a reader has already sanitized (Markdown through the Jsoup
 * safelist); templates insert it as is. {@code plainText} is the block's text for search, tags
 * and summaries, whatever its kind.
 */
public record Block(Kind kind, String text, String plainText) {

    public enum Kind { PARAGRAPH, CAPTION, HTML }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(plainText, "plainText");
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, text);
    }

    public static Block caption(String text) {
        return new Block(Kind.CAPTION, text, text);
    }

    public static Block html(String sanitizedHtml, String plainText) {
        return new Block(Kind.HTML, sanitizedHtml, plainText);
    }

    public boolean isCaption() {
        return kind == Kind.CAPTION;
    }

    public boolean isHtml() {
        return kind == Kind.HTML;
    }
}
