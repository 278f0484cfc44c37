package org.gazette.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract: exit codes and messages. */
class CliIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path site(String siteYaml) throws Exception {
        Path src = tmp.resolve("site");
        Files.createDirectories(src.resolve("content/kinh-te"));
        Files.writeString(src.resolve("content/kinh-te/bai.txt"), "Giá cà phê tăng\n\nGiá cà phê nhân hôm nay tăng mạnh ở Tây Nguyên.\n");
        if (siteYaml != null) Files.writeString(src.resolve("site.yaml"), siteYaml);
        return src;
    }

    @Test
    void buildsAndSaysWhatItDid() throws Exception {
        Path src = site(null);
        Run r = run("build", "--source", src.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Built 1 articles");
        assertThat(src.resolve("public/index.html")).exists();
    }

    @Test
    void runningOutOfMemoryIsFatalWithOneLineThatSaysWhatToDo() throws Exception {
        Path jar = Path.of("target/gazette.jar").toAbsolutePath();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(jar), "the packaged jar is needed: run mvn verify");
        Path src = tmp.resolve("big");
        String paragraph = "Đoạn văn dài về kinh tế, văn hóa và xã hội của tỉnh miền núi phía Bắc. ".repeat(40);
        for (int i = 0; i < 400; i++) {
            Path f = src.resolve("content/muc-" + (i % 5) + "/bai-" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "Bài số " + i + "\n\n" + (paragraph + "\n\n").repeat(10));
        }
        Path log = tmp.resolve("oom.log");
        Process p = new ProcessBuilder("java", "-Xmx6m", "-jar", jar.toString(), "build", "-q", "--source", src.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a worker that dies of it must not leave the build waiting for ever
        boolean ended = p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) p.destroyForcibly().waitFor();
        String output = Files.readString(log);
        assertThat(ended).as("the build ended; it printed: %s", output).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(Main.EXIT_FATAL);
        assertThat(output.strip()).startsWith("gazette: out of memory").contains("GAZETTE_JAVA_OPTS=-Xmx")
                .doesNotContain("\n").doesNotContain("at org.");
    }

    @Test
    void noContentFolderIsFatalWithOneLine() {
        Run r = run("build", "--source", tmp.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_FATAL);
        assertThat(r.err().strip()).startsWith("gazette: ").contains("content").doesNotContain("\n").doesNotContain("at org.");
    }

    @Test
    void brokenSiteYamlIsFatalAndNamesTheLine() throws Exception {
        Path src = site("title: x\ncategories: [a\n");
        Run r = run("build", "--source", src.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_FATAL);
        assertThat(r.err()).contains("site.yaml:").doesNotContain("Exception");
    }

    @Test
    void brokenTemplateIsFatalAndNamesTheTemplate() throws Exception {
        Path src = site(null);
        Files.createDirectories(src.resolve("layouts"));
        Files.writeString(src.resolve("layouts/article.ftlh"), "<#list>\n");
        Run r = run("build", "--source", src.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_FATAL);
        assertThat(r.err()).contains("layouts/article.ftlh:1").doesNotContain("\tat ");
        assertThat(src.resolve("public")).doesNotExist();
    }

    @Test
    void strictTurnsWarningsIntoAnExitCode() throws Exception {
        Path src = site(null);
        Files.write(src.resolve("content/anh.bmp"), new byte[] {0, 1, 2});
        assertThat(run("build", "--source", src.toString()).code()).isZero();
        Run strict = run("build", "--source", src.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(BuildCommand.EXIT_STRICT);
        assertThat(strict.err()).contains("anh.bmp");
    }

    @Test
    void refusesToOverwriteAFolderThatIsNotAGazetteOutput() throws Exception {
        Path src = site(null);
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("keep.txt"), "mine");
        Run r = run("build", "--source", src.toString(), "--output", docs.toString());
        assertThat(r.code()).isEqualTo(Main.EXIT_FATAL);
        assertThat(docs.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void newCreatesAMarkdownArticleThatBuildsAndNeverOverwrites() throws Exception {
        Path src = site("timezone: Asia/Ho_Chi_Minh\n");
        NewCommand.clock = java.time.Clock.fixed(java.time.Instant.parse("2024-03-01T01:30:00Z"), java.time.ZoneOffset.UTC);
        try {
            Run r = run("new", "Giá cà phê: \"kỷ lục\" mới", "--category", "kinh-te", "--source", src.toString());
            assertThat(r.code()).isZero();
            Path file = src.resolve("content/kinh-te/gia-ca-phe-ky-luc-moi.md");
            assertThat(r.out().strip()).isEqualTo(file.toString());
            org.gazette.content.ReadResult read = new org.gazette.content.MarkdownReader(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                    .read("x.md", Files.readString(file));
            assertThat(read.article().title()).isEqualTo("Giá cà phê: \"kỷ lục\" mới");
            assertThat(read.article().published().iso()).isEqualTo("2024-03-01T08:30:00+07:00");
            assertThat(read.diagnostics()).isEmpty();

            Files.writeString(file, "đã sửa");
            Run again = run("new", "Giá cà phê: \"kỷ lục\" mới", "--category", "kinh-te", "--source", src.toString());
            assertThat(again.code()).isEqualTo(Main.EXIT_FATAL);
            assertThat(again.err()).contains("already exists");
            assertThat(file).hasContent("đã sửa");
        } finally {
            NewCommand.clock = java.time.Clock.systemUTC();
        }
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--version").out()).startsWith("Gazette ");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("build").contains("serve").contains("new").contains("Examples");
        for (String cmd : new String[] {"build", "serve", "new"}) assertThat(run(cmd, "--help").out()).as(cmd).contains("Examples");
        assertThat(run("build", "--help").out()).contains("--base-url").contains("--source");
    }
}
