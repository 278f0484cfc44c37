package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a sink on a thread of its own, in exactly the order items are handed over, so that a
 * producer and its consumer use two cores: the merge of the search index's runs on one, encoding
 * the terms on another, and laying out their files on a third. The sink sees the same items in the same order
 * as when called directly, so its output does not change. Items travel in batches (one lock per
 * batch, not per item); a bounded queue keeps memory flat when the sink is the slower side.
 * Not thread-safe on the producer side: one producer.
 */
final class Handoff<T> implements Consumer<T> {
    private static final int BATCH = 256;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(16);
    private final Thread thread;
    private volatile Throwable failure;
    private List<T> batch = new ArrayList<>(BATCH);

    /** @param name the sink's thread's */
    Handoff(Consumer<T> sink, String name) {
        thread = new Thread(() -> {
            try {
                for (List<?> b; (b = queue.take()) != END; ) {
                    if (failure != null) continue; // keep draining so the producer never blocks
                    try {
                        for (Object item : b) {
                            @SuppressWarnings("unchecked") T t = (T) item;
                            sink.accept(t);
                        }
                    } catch (Throwable e) {
                        failure = e;
                    }
                }
            } catch (InterruptedException e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Waits until the sink has taken every item; rethrows its failure. */
    void finish() {
        if (!batch.isEmpty()) put(batch);
        batch = new ArrayList<>();
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
        rethrow();
    }

    private void put(List<?> b) {
        rethrow();
        try {
            queue.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    private void rethrow() {
        Throwable e = failure;
        if (e == null) return;
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
        throw new IllegalStateException(e);
    }
}
