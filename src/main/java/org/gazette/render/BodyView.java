package org.gazette.render;

import org.gazette.content.Block;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An article body as templates see it, fetched when a template first reads it. A page whose
 * fingerprint is unchanged is not rendered, so its body, known to the fingerprint by its hash
 * alone, is never fetched. Not thread-safe: one page, one thread.
 */
final class BodyView extends AbstractList<Views.BlockView> {
    private final Supplier<List<Block>> blocks;
    private final long hash;
    private List<Views.BlockView> views;

    /** @param hash what {@link BodySource#bodyHash} says of the body; 0 when unknown (the fingerprint reads the body) */
    BodyView(Supplier<List<Block>> blocks, long hash) {
        this.blocks = blocks;
        this.hash = hash;
    }

    long hash() {
        return hash;
    }

    private List<Views.BlockView> views() {
        if (views == null) views = blocks.get().stream().map(Views.BlockView::of).toList();
        return views;
    }

    @Override
    public Views.BlockView get(int index) {
        return views().get(index);
    }

    @Override
    public int size() {
        return views().size();
    }
}
