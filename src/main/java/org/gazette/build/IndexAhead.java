package org.gazette.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finishes the search index ({@code SearchIndexWriter.finish}: merging the postings, writing the
 * term files) on a thread of its own as soon as the last page that adds to it has rendered, while
 * the other pages (lists, tags, feeds, sitemaps) go on rendering. The merge runs mostly on one
 * core, which used to leave the other idle for most of the index step after rendering; now the
 * two overlap. The index is the same whenever it is finished: every document is in by then.
 *
 * <p>{@link #pageDone} is thread-safe; the rest is for the build's own thread.
 */
final class IndexAhead {
    /** What {@link #left} becomes once the build no longer waits for pages: no late page can reach zero from it. */
    private static final int CLOSED = Integer.MIN_VALUE / 2;

    private final Runnable finish;
    private final AtomicInteger left;
    private final FutureTask<Void> finishing;

    /**
     * @param finish what finishes the index
     * @param pages  how many pages add to the index: the first ones rendered
     */
    IndexAhead(Runnable finish, int pages) {
        this.finish = finish;
        this.left = new AtomicInteger(pages);
        this.finishing = new FutureTask<>(finish, null);
        if (pages == 0) start();
    }

    /** Called once each of the first {@code pages} pages has rendered (and added its document): the last one starts the index's finish. */
    void pageDone() {
        if (left.decrementAndGet() == 0) start();
    }

    private void start() {
        Thread t = new Thread(finishing, "gazette-index-finish");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Waits for the index to be finished, finishing it here if the pages that add to it never all
     * rendered; its failure is thrown as it was.
     */
    void await() {
        if (left.getAndSet(CLOSED) > 0) {
            finish.run();
            return;
        }
        try {
            Futures.awaitUninterruptibly(finishing);
        } catch (ExecutionException e) {
            throw Futures.rethrow(e);
        }
    }

    /** For a build that failed while rendering: waits for a started finish, so that nothing writes to the output after it is closed. */
    void abandon() {
        if (left.getAndSet(CLOSED) > 0) return; // not started, and now never will be
        try {
            Futures.awaitUninterruptibly(finishing); // the output must not be closed while the index writes to it
        } catch (ExecutionException e) {
            // the build fails for another reason already
        }
    }
}
