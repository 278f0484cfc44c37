package org.gazette.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work the build handed to another thread. */
final class Futures {
    private Futures() {}

    /**
     * The result of {@code f}, waiting through interruptions, which are kept for the caller: what
     * the other thread does (opening or writing the output) must be seen to its end either way.
     */
    static <T> T awaitUninterruptibly(Future<T> f) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** The failure of a task as it was thrown: a runtime exception or error as itself, anything else wrapped. */
    static RuntimeException rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) return r;
        if (cause instanceof Error err) throw err;
        return new IllegalStateException(cause);
    }
}
