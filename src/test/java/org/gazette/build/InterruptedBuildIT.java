package org.gazette.build;

import org.gazette.diag.Diagnostics;
import org.gazette.testing.Trees;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A build killed midway (SIGKILL, no chance to clean up) leaves the previous site untouched. */
class InterruptedBuildIT {
    @TempDir
    Path tmp;

    @Test
    void killingABuildMidwayLeavesThePreviousOutputIntact() throws Exception {
        Path jar = Path.of(System.getProperty("gazette.jar", "target/gazette.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "the packaged jar is needed: run mvn verify");
        Path site = tmp.resolve("site");
        for (int i = 0; i < 3000; i++) {
            Path f = site.resolve("content/muc-" + (i % 7) + "/bai-" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "Bài số " + i + " về chủ đề " + (i % 50) + "\n\n" + (i % 28 + 1) + "/" + (i % 12 + 1)
                    + "/2021\n\nĐoạn mở đầu của bài " + i + " kể lại sự việc xảy ra ở xã " + (i % 90)
                    + " trong tuần qua, với nhiều chi tiết đáng chú ý.\n\nĐoạn thứ hai của bài viết.\n");
        }
        Path out = tmp.resolve("public");
        new Build(BuildOptions.of(site).withOutput(out), new Diagnostics()).run();
        Map<String, byte[]> before = Trees.read(out);

        // Change every article, so that the killed build would have rewritten every page.
        try (Stream<Path> s = Files.walk(site.resolve("content"))) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                Files.writeString(f, Files.readString(f).replace("Đoạn thứ hai", "Đoạn đã sửa"));
            }
        }
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "build", "-q", "--source", site.toString(),
                "--output", out.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
        Path staging = tmp.resolve(".public.staging");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive() && countFiles(staging) < 200) Thread.sleep(20);
        Assumptions.assumeTrue(p.isAlive(), "the build finished before it could be interrupted");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Map<String, byte[]> after = Trees.read(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));

        // The next build cleans up after the killed one and succeeds.
        new Build(BuildOptions.of(site).withOutput(out), new Diagnostics()).run();
        assertThat(Files.exists(staging)).isFalse();
        assertThat(Files.readString(out.resolve("muc-0/bai-so-0-ve-chu-de-0/index.html"))).contains("Đoạn đã sửa");
    }

    private static long countFiles(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (Exception e) {
            return 0; // the tree is changing under us
        }
    }
}
