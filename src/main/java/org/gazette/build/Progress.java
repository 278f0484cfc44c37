package org.gazette.build;

/**
 * Where a build reports how far it is. Phases are reported one after another; {@link #step()} is
 * called from worker threads and must be thread-safe.
 */
public interface Progress {
    /** A phase of {@code total} steps begins. */
    void start(String phase, long total);

    /** One step of the current phase is done. */
    void step();

    /** The current phase is done. */
    void end();

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String phase, long total) { }

        @Override
        public void step() { }

        @Override
        public void end() { }
    };
}
