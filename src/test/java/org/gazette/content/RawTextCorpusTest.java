package org.gazette.content;

import org.gazette.testing.Shared;
import org.gazette.text.Folding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article of the shared corpora ({@code ../shared/corpus}, read at run time and never copied
 * here) parses without an exception, nearly all get a headline, and no paragraph is lost. VNTC
 * files keep their CRLF line ends.
 */
class RawTextCorpusTest {
    private final RawTextParser parser = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vntc/Train_Full", "baomoi"})
    void parsesEveryFileWithATitle(String folder) throws IOException {
        Path dir = Shared.corpus(folder);
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

    /** A line of a related-articles list, {@code Title(dd/mm/yyyy)}: site chrome, not article text. */
    private static final Pattern RELATED = Pattern.compile("^.{10,200}\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)$");

    /**
     * Nothing of the article text is lost, article by article: every paragraph-length line (chrome,
     * datelines, bylines and captions are all far shorter) other than the headline reaches the body
     * unchanged but for whitespace.
     */
    @ParameterizedTest(name = "{0}")
    // Reuters is left out: its text is wrapped at 70 columns, so no line is a whole paragraph.
    @ValueSource(strings = {"vntc/Train_Full", "baomoi", "underthesea-unc", "bbc"})
    void keepsEveryParagraph(String folder) throws IOException {
        Path dir = Shared.corpus(folder);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lost = new ArrayList<>();
        int paragraphs = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ReadResult r = parser.parse(dir.relativize(file).toString(), text);
            if (!r.hasArticle()) continue;
            Set<String> body = new HashSet<>();
            for (Block b : r.article().body()) body.add(b.text());
            for (String raw : text.split("\\r?\\n")) {
                String line = Folding.clean(raw).strip().replaceAll("\\s+", " ");
                if (line.length() < 100 || line.equals(r.article().title()) || RELATED.matcher(line).matches()) continue;
                paragraphs++;
                if (!body.contains(line)) lost.add(file.getFileName() + ": " + line.substring(0, 80));
            }
        }
        assertThat(paragraphs).isPositive();
        assertThat(lost).as("paragraphs missing from the body, of %d", paragraphs).isEmpty();
    }
}
