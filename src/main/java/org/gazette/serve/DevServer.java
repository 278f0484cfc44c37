package org.gazette.serve;

import org.gazette.build.Build;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.build.Progress;
import org.gazette.diag.Diagnostics;
import org.gazette.diag.GazetteException;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code gazette serve}: serves the built site on 127.0.0.1, rebuilds when the inputs change and
 * tells open tabs to reload. A failed rebuild keeps the last good site served and shows its error
 * in the browser; the server keeps running.
 */
public final class DevServer implements AutoCloseable {
    /** What a build reports back: a summary line, or the failure's message. */
    public interface Listener {
        void built(BuildReport report, Diagnostics diagnostics);

        void failed(String message);
    }

    private final BuildOptions options;
    private final Listener listener;
    private final LiveReload liveReload = new LiveReload();
    private final StaticServer server;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gazette-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private Watcher watcher;

    /**
     * @param options  build options; the base URL is set to the server's own address unless given
     * @param port     port on 127.0.0.1; 0 picks a free one
     * @param listener told about every build
     */
    public DevServer(BuildOptions options, int port, Listener listener) throws IOException {
        String basePath = options.baseUrl() == null ? "/" : new org.gazette.render.Links(options.baseUrl(), false).basePath();
        this.server = new StaticServer(options.outputOrDefault(), port, basePath, liveReload);
        this.options = options.baseUrl() == null ? options.withBaseUrl("http://127.0.0.1:" + server.port() + "/") : options;
        this.listener = listener;
    }

    public int port() {
        return server.port();
    }

    /** Builds once, then serves and watches. A failed first build is shown in the browser too. */
    public void start(Progress firstBuildProgress) throws IOException {
        build(firstBuildProgress);
        server.start();
        watcher = new Watcher(options.source(), this::requestBuild);
        watcher.start();
    }

    /** Queues a rebuild; changes arriving during a build cause exactly one more. */
    void requestBuild() {
        if (pending.compareAndSet(false, true)) {
            builder.execute(() -> {
                pending.set(false);
                build(Progress.NONE);
            });
        }
    }

    private void build(Progress progress) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            BuildReport report = new Build(options, diagnostics, progress).run();
            listener.built(report, diagnostics);
            liveReload.reload();
        } catch (GazetteException e) {
            listener.failed(e.getMessage());
            liveReload.fail(e.getMessage());
        } catch (RuntimeException e) {
            String message = "internal error: " + e;
            listener.failed(message);
            liveReload.fail(message);
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        builder.shutdownNow();
        server.close();
    }

}
