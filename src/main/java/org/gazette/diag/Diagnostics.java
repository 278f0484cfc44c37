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
    private final boolean keepNotes;
    private long notes;

    public Diagnostics() {
        this(d -> { });
    }

    /** @param listener called as each diagnostic arrives (for live output); must be thread-safe */
    public Diagnostics(Consumer<Diagnostic> listener) {
        this(listener, true);
    }

    private Diagnostics(Consumer<Diagnostic> listener, boolean keepNotes) {
        this.listener = listener;
        this.keepNotes = keepNotes;
    }

    /**
     * Diagnostics that count notes ({@link Severity#INFO}) but keep only warnings and errors: for a
     * build that will not print its notes, since a note per article adds up over a million articles.
     */
    public static Diagnostics withoutNotes() {
        return new Diagnostics(d -> { }, false);
    }

    public void add(Diagnostic d) {
        synchronized (items) {
            if (keepNotes || d.severity() != Severity.INFO) items.add(d);
            else notes++;
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
            long kept = items.stream().filter(d -> d.severity() == severity).count();
            return severity == Severity.INFO ? kept + notes : kept;
        }
    }
}
