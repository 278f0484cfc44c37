package org.gazette.build;

import org.gazette.output.StagedOutput;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens the build's output ({@link StagedOutput#open}: reading the previous build's manifest, a
 * line per file) on a thread of its own while the site is assembled, which runs mostly on one
 * core: a 100,000-article rebuild no longer waits a quarter of a second for it afterwards.
 * Not thread-safe: the build's own thread calls it.
 */
final class OutputAhead {
    private final Path output;
    private FutureTask<StagedOutput> opening;

    OutputAhead(Path output) {
        this.output = output;
    }

    /** Starts opening the output beside what the caller does next. */
    void start() {
        if (opening != null) return;
        opening = new FutureTask<>(() -> StagedOutput.open(output));
        Thread t = new Thread(opening, "gazette-output");
        t.setDaemon(true);
        t.start();
    }

    /** The opened output, waiting for it if it was started; opened here if not. Its failure is thrown as it was. */
    StagedOutput get() {
        if (opening == null) return StagedOutput.open(output);
        try {
            return Futures.awaitUninterruptibly(opening);
        } catch (ExecutionException e) {
            throw Futures.rethrow(e);
        }
    }

    /** For a build that failed before it wrote: closes the output if it was opened, so that it leaves nothing behind. */
    void discard() {
        if (opening == null) return;
        try {
            Futures.awaitUninterruptibly(opening).close();
        } catch (ExecutionException e) {
            // it never opened: nothing to close
        }
    }
}
