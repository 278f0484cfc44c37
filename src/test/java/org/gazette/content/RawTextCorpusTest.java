package org.gazette.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article of the shared Vietnamese corpora ({@code ../shared/corpus}, read at run time and
 * never copied here) parses without an exception, and nearly all get a headline. VNTC files keep
 * their CRLF line ends.
 */
class RawTextCorpusTest {
    private final RawTextParser parser = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vntc/Train_Full", "baomoi"})
    void parsesEveryFileWithATitle(String folder) throws IOException {
        Path dir = SharedFolder.require("corpus/" + folder, "../shared/corpus/" + folder + " not found: corpus test skipped");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int titled = 0;
        for (Path file : files) {
            String rel = dir.relativize(file).toString();
            ReadResult r = parser.parse(rel, Files.readString(file, StandardCharsets.UTF_8));
            if (r.hasArticle() && !r.article().title().isBlank()) titled++;
        }
        assertThat(titled).as("files with a title, of %d", files.size()).isGreaterThanOrEqualTo(files.size() * 99 / 100);
    }
}
