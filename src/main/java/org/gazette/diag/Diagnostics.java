package org.gazette.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects diagnostics from all build threads. Reported in a stable order (file, line, message)
 * so that the same input always prints the same report.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private final Consumer<Diagnostic> listener;

    public Diagnostics() {
        this(d -> { });
    }

    /** @param listener called as each diagnostic arrives (for live output); must be thread-safe */
    public Diagnostics(Consumer<Diagnostic> listener) {
        this.listener = listener;
    }

    public void add(Diagnostic d) {
        synchronized (items) {
            items.add(d);
        }
        listener.accept(d);
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) add(d);
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> copy;
        synchronized (items) {
            copy = new ArrayList<>(items);
        }
        copy.sort(Comparator.comparing(Diagnostic::file)
                .thenComparingInt(Diagnostic::line)
                .thenComparing(Diagnostic::message));
        return copy;
    }

    public long count(Severity severity) {
        synchronized (items) {
            return items.stream().filter(d -> d.severity() == severity).count();
        }
    }
}
