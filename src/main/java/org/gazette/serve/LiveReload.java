package org.gazette.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to open browser tabs: {@code reload} after a successful rebuild,
 * {@code failure} with the message of a failed one. A tab that connects while the last build is
 * broken gets the failure at once, so the overlay shows on every page until it is fixed.
 */
final class LiveReload {
    static final String EVENTS_PATH = "/__gazette/events";
    static final String SCRIPT_PATH = "/__gazette/reload.js";

    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String failure;

    /** Holds the connection open; events are written by {@link #reload()} and {@link #fail}. */
    void connect(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        String f = failure;
        send(out, f == null ? ": connected\n\n" : event("failure", f));
        clients.add(out);
    }

    void reload() {
        failure = null;
        broadcast(event("reload", "built"));
    }

    void fail(String message) {
        failure = message;
        broadcast(event("failure", message));
    }

    String failure() {
        return failure;
    }

    void close() {
        for (OutputStream out : clients) {
            try {
                out.close();
            } catch (IOException e) {
                // the tab went away already
            }
        }
        clients.clear();
    }

    private void broadcast(String event) {
        for (OutputStream out : clients) {
            if (!send(out, event)) clients.remove(out);
        }
    }

    private static boolean send(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** One SSE event; a multi-line message becomes several {@code data:} lines, as the format requires. */
    static String event(String name, String data) {
        StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) sb.append("data: ").append(line).append('\n');
        return sb.append('\n').toString();
    }
}
