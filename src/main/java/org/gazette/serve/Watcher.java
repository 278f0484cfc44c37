package org.gazette.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches a site's inputs ({@code content/}, {@code themes/}, {@code layouts/}, {@code static/},
 * {@code i18n/}, {@code site.yaml}) and calls back once a burst of changes has settled, so that an
 * editor's save-rename-delete dance causes one rebuild, not five.
 */
final class Watcher implements AutoCloseable {
    static final long SETTLE_MILLIS = 200;
    private static final List<String> FOLDERS = List.of("content", "themes", "layouts", "static", "i18n");

    private final Path source;
    private final Runnable onChange;
    private final WatchService service;
    private final Thread thread;

    Watcher(Path source, Runnable onChange) throws IOException {
        this.source = source;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        register(source, false);
        for (String f : FOLDERS) register(source.resolve(f), true);
        thread = new Thread(this::loop, "gazette-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // Let the burst settle: keep draining until it has been quiet for a moment.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) relevant |= drain(more);
                if (relevant) onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    /** Handles one key's events; tells whether any concerns the site's inputs. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path child = dir.resolve((Path) e.context());
            if (dir.equals(source)) {
                String name = child.getFileName().toString();
                if (name.equals("site.yaml")) relevant = true;
                if (FOLDERS.contains(name) && e.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    register(child, true);
                    relevant = true;
                }
                continue;
            }
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)) register(child, true);
            relevant = true;
        }
        key.reset();
        return relevant;
    }

    private void register(Path dir, boolean recursive) {
        if (!Files.isDirectory(dir)) return;
        try {
            if (!recursive) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return;
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A folder that vanished while being registered will be seen again when it reappears.
        }
    }
}
