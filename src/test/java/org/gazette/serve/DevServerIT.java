package org.gazette.serve;

import org.gazette.build.BuildOptions;
import org.gazette.build.BuildReport;
import org.gazette.build.Progress;
import org.gazette.diag.Diagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gazette serve} end to end: serve, change a file, see the reload and the new page. */
class DevServerIT {
    @TempDir
    Path tmp;
    Path source;
    DevServer server;
    final BlockingQueue<String> builds = new LinkedBlockingQueue<>();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        source = tmp.resolve("site");
        Files.createDirectories(source.resolve("content/kinh-te"));
        Files.writeString(source.resolve("content/kinh-te/ca-phe.txt"),
                "Giá cà phê tăng\n\nGiá cà phê nhân hôm nay tăng mạnh ở các tỉnh Tây Nguyên.\n");
        server = new DevServer(BuildOptions.of(source), 0, new DevServer.Listener() {
            @Override
            public void built(BuildReport report, Diagnostics diagnostics) {
                builds.add("built");
            }

            @Override
            public void failed(String message) {
                builds.add("failed: " + message);
            }
        });
        server.start(Progress.NONE);
        assertThat(builds.poll(30, TimeUnit.SECONDS)).isEqualTo("built");
        Thread listener = new Thread(this::listen, "sse-test");
        listener.setDaemon(true);
        listener.start();
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(": connected");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private void listen() {
        try {
            HttpRequest req = HttpRequest.newBuilder(url(LiveReload.EVENTS_PATH)).build();
            HttpResponse<java.io.InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(res.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) if (!line.isEmpty()) events.add(line);
            }
        } catch (Exception e) {
            events.add("closed: " + e);
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String nextEvent() throws InterruptedException {
        String e;
        do {
            e = events.poll(30, TimeUnit.SECONDS);
        } while (e != null && !e.startsWith("event:"));
        return e;
    }

    @Test
    void servesPagesWithTheReloadScriptButNeverWritesItToTheSite() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Giá cà phê tăng").contains(LiveReload.SCRIPT_PATH);
        assertThat(get(LiveReload.SCRIPT_PATH).body()).contains("EventSource");
        assertThat(get("/no/such/page/").statusCode()).isEqualTo(404);
        assertThat(Files.readString(source.resolve("public/index.html"))).doesNotContain("__gazette");
    }

    @Test
    void aChangedArticleIsRebuiltAndTabsAreToldToReload() throws Exception {
        Files.writeString(source.resolve("content/kinh-te/ca-phe.txt"),
                "Giá cà phê giảm\n\nGiá cà phê nhân hôm nay giảm nhẹ ở các tỉnh Tây Nguyên.\n");
        assertThat(nextEvent()).isEqualTo("event: reload");
        assertThat(get("/").body()).contains("Giá cà phê giảm").doesNotContain("Giá cà phê tăng");
    }

    @Test
    void aBrokenBuildIsShownAndTheLastGoodSiteStaysServed() throws Exception {
        Files.writeString(source.resolve("site.yaml"), "title: [unclosed\n");
        assertThat(nextEvent()).isEqualTo("event: failure");
        assertThat(events.poll(5, TimeUnit.SECONDS)).startsWith("data: site.yaml");
        assertThat(builds.poll(5, TimeUnit.SECONDS)).startsWith("failed: site.yaml");
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Giá cà phê tăng");

        Files.writeString(source.resolve("site.yaml"), "title: Báo mẫu\n");
        assertThat(nextEvent()).isEqualTo("event: reload");
        assertThat(get("/").body()).contains("Báo mẫu");
    }
}
