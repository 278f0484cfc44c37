package org.gazette.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site from a folder on 127.0.0.1 with the JDK's HTTP server: files by path,
 * {@code index.html} for folders, the site's {@code 404.html} with status 404 for anything else.
 * Requests can never reach outside the folder.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"));

    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final LiveReload liveReload;

    /**
     * @param root     the built site
     * @param port     port on 127.0.0.1; 0 picks a free one
     * @param basePath the path the site lives under ({@code /} or {@code /archive/})
     */
    public StaticServer(Path root, int port, String basePath) throws IOException {
        this(root, port, basePath, null);
    }

    /** With {@code liveReload}, HTML responses get the reload script and its event stream is served. */
    StaticServer(Path root, int port, String basePath, LiveReload liveReload) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
        this.liveReload = liveReload;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // Event streams hold a thread each for as long as a tab is open: no fixed pool.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gazette-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        if (liveReload != null) {
            server.createContext(LiveReload.EVENTS_PATH, liveReload::connect);
            server.createContext(LiveReload.SCRIPT_PATH, StaticServer::script);
        }
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (liveReload != null) liveReload.close();
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            Path file = resolve(ex.getRequestURI().getRawPath());
            int status = 200;
            if (file == null) {
                file = root.resolve("404.html");
                status = 404;
                if (!Files.isRegularFile(file)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
            }
            byte[] body = Files.readAllBytes(file);
            if (liveReload != null && file.getFileName().toString().endsWith(".html")) body = withReloadScript(body);
            ex.getResponseHeaders().set("Content-Type", type(file));
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(status, -1);
                return;
            }
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The page with the live-reload script added; only in responses, never in the built files. */
    private static byte[] withReloadScript(byte[] html) {
        Document d = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        d.outputSettings().prettyPrint(false);
        d.body().appendElement("script").attr("src", LiveReload.SCRIPT_PATH);
        return d.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static void script(HttpExchange ex) throws IOException {
        try (ex; InputStream in = StaticServer.class.getResourceAsStream("reload.js")) {
            byte[] body = in.readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The file for a request path, or null when there is none inside the root. */
    Path resolve(String rawPath) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) return null;
        Path p = root.resolve(path.substring(basePath.length())).normalize();
        if (!p.startsWith(root)) return null;
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        return Files.isRegularFile(p) ? p : null;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
