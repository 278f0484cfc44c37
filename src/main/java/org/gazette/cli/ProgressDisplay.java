package org.gazette.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gazette.build.Progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How a build's progress is shown: a progress bar with counts and ETA on a terminal; plain lines
 * every few seconds when the output is a log (CI); nothing with {@code --quiet}.
 */
final class ProgressDisplay {
    /** Seconds between plain progress lines. */
    static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private ProgressDisplay() {}

    static Progress choose(boolean quiet, PrintWriter err) {
        if (quiet) return Progress.NONE;
        return System.console() != null ? new Bar() : new Lines(err);
    }

    /** A progress bar on the terminal, one per phase. */
    static final class Bar implements Progress {
        private ProgressBar bar;

        @Override
        public void start(String phase, long total) {
            bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(250)
                    .continuousUpdate().build();
        }

        @Override
        public void step() {
            bar.step();
        }

        @Override
        public void end() {
            bar.close();
        }
    }

    /** A line every few seconds: {@code render: 5000/14679 (34%)}. */
    static final class Lines implements Progress {
        private final PrintWriter err;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong lastPrint = new AtomicLong();
        private volatile String phase;
        private volatile long total;
        private volatile long started;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void start(String phase, long total) {
            this.phase = phase;
            this.total = total;
            this.started = System.nanoTime();
            done.set(0);
            lastPrint.set(started);
        }

        @Override
        public void step() {
            long n = done.incrementAndGet();
            long now = System.nanoTime();
            long last = lastPrint.get();
            if (now - last >= LINE_INTERVAL_NANOS && lastPrint.compareAndSet(last, now)) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "%s: %d/%d (%d%%)%n", phase, n, total, total == 0 ? 100 : n * 100 / total);
                    err.flush();
                }
            }
        }

        @Override
        public void end() {
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            if (seconds >= LINE_INTERVAL_NANOS / 1_000_000_000L) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "%s: %d/%d done%n", phase, done.get(), total);
                    err.flush();
                }
            }
        }
    }
}
