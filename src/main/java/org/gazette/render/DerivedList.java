package org.gazette.render;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list computed, on first read, only from values the page's model holds anyway (structured data
 * made of the article's title, dates, byline, tags and links). Page fingerprints skip it: it
 * changes only when what it is made of changes, and that is fingerprinted where it stands. So a
 * page that is not rendered again never computes it. Anything else a derived list is made of must
 * be added to the model first. One thread, like the model.
 */
final class DerivedList<T> extends AbstractList<T> {
    private Supplier<List<T>> compute;
    private List<T> value;

    DerivedList(Supplier<List<T>> compute) {
        this.compute = compute;
    }

    private List<T> value() {
        if (compute != null) {
            value = List.copyOf(compute.get());
            compute = null;
        }
        return value;
    }

    @Override
    public T get(int i) {
        return value().get(i);
    }

    @Override
    public int size() {
        return value().size();
    }
}
