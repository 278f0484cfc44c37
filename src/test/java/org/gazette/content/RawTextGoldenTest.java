package org.gazette.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gazette.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: each {@code golden/rawtext/<case>.txt} is parsed and compared with
 * {@code <case>.expected.json}. Run with {@code -Dgolden.update=true} to rewrite the expected files,
 * then review the diff before committing it.
 */
class RawTextGoldenTest {
    private static final Path DIR = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden/rawtext");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RawTextParser parser = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheExpectedJson(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
        String actual = JSON.writeValueAsString(toJson(parser.parse(name + ".txt", text))) + "\n";
        Path expectedFile = DIR.resolve(name + ".expected.json");
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("%s is missing: run with -Dgolden.update=true", expectedFile).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    private static ObjectNode toJson(ReadResult result) {
        ObjectNode root = JSON.createObjectNode();
        ParsedArticle a = result.article();
        if (a == null) {
            root.putNull("article");
        } else {
            ObjectNode article = root.putObject("article");
            article.put("title", a.title());
            article.put("published", a.published() == null ? null : a.published().iso());
            article.put("author", a.author());
            article.put("source", a.source());
            ArrayNode tags = article.putArray("tags");
            a.tags().forEach(tags::add);
            ArrayNode body = article.putArray("body");
            for (Block b : a.body()) body.addObject().put("kind", b.kind().name()).put("text", b.text());
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : result.diagnostics()) diagnostics.add(d.toString());
        return root;
    }
}
