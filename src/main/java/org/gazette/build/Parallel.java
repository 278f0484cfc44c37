package org.gazette.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs work over an index range on a fixed number of threads. Threads take the next index from a
 * shared counter, so uneven items balance themselves; results land by index, so the outcome does
 * not depend on which thread did what.
 */
final class Parallel {
    private Parallel() {}

    /** Calls {@code work} for every index in {@code [0, count)}; the first failure is rethrown. */
    static void forEach(int count, int threads, IntConsumer work) {
        if (threads <= 1 || count < 2) {
            for (int i = 0; i < count; i++) work.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gazette-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) work.accept(i);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    next.set(count); // stop the other threads early
                    // and let them end the item in hand: the caller cleans up after a failure
                    // (the build closes its output), which must not race with a page being written
                    for (Future<?> other : futures) awaitQuietly(other);
                    throw Futures.rethrow(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for {@code f} to end, whatever its outcome; an interruption is kept for the caller. */
    private static void awaitQuietly(Future<?> f) {
        try {
            Futures.awaitUninterruptibly(f);
        } catch (ExecutionException e) {
            // its failure, if any, comes after the one being thrown
        }
    }
}
