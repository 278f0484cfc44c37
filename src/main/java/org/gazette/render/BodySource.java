package org.gazette.render;

import org.gazette.content.Block;
import org.gazette.site.Article;

import java.util.List;

/** Gives an article's body when its page is rendered; bodies are not kept for the whole site. */
@FunctionalInterface
public interface BodySource {
    List<Block> body(Article article);

    /**
     * A 64-bit hash of the article's body, the same whenever the body is the same, without fetching
     * it; 0 when unknown.
     */
    default long bodyHash(Article article) {
        return 0;
    }
}
