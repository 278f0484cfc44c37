package org.gazette.enrich;

import org.gazette.testing.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sanity of tagging on the 3,000 VNTC articles (10 topics). Line 1 is taken as the title (right
 * for VnExpress and Tuổi Trẻ files; for the others it is the lede) and the rest as paragraphs.
 * Prints the time it took and sample tags for a human to judge.
 */
class VntcTaggingTest {

    @Test
    void tagsTheVntcSampleSensibly() throws IOException {
        Path dir = Shared.corpus("vntc/Train_Full");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        List<String[]> articles = files.stream().map(VntcTaggingTest::lines).collect(Collectors.toList());
        KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
        TagAssigner assigner = new TagAssigner(3, 8);

        long start = System.nanoTime();
        IntStream.range(0, articles.size()).parallel().forEach(i -> {
            String[] lines = articles.get(i);
            assigner.add(i, extractor.extract(lines[0], Arrays.asList(lines).subList(1, lines.length)));
        });
        long extracted = System.nanoTime();
        List<List<String>> tags = assigner.assign(Collections.nCopies(articles.size(), List.of()));
        long assigned = System.nanoTime();

        long withThree = tags.stream().filter(t -> t.size() >= 3).count();
        System.out.printf(Locale.ROOT, "VNTC: %d articles, extraction %d ms (parallel), assignment %d ms; "
                        + "%.1f%% with >= 3 tags, %.2f tags per article; candidates %d bytes per article, "
                        + "%d distinct phrases of %d bytes each%n",
                articles.size(), (extracted - start) / 1_000_000, (assigned - extracted) / 1_000_000,
                100.0 * withThree / articles.size(), tags.stream().mapToInt(List::size).average().orElse(0),
                assigner.candidateBytes() / articles.size(), assigner.phraseCount(),
                assigner.dictionaryBytes() / assigner.phraseCount());
        for (int i = 0; i < files.size(); i += 150) {
            String title = articles.get(i)[0].strip();
            System.out.printf("  %s | %s%n      -> %s%n", dir.relativize(files.get(i)), title.substring(0, Math.min(60, title.length())), tags.get(i));
        }

        assertThat(withThree).isGreaterThanOrEqualTo(Math.round(0.95 * articles.size()));
        Stopwords stopwords = Stopwords.defaults();
        assertThat(tags.stream().flatMap(List::stream)).allSatisfy(tag -> {
            assertThat(tag).as("pure number").doesNotMatch("[\\d.,%/:-]+");
            assertThat(stopwords.isStop(tag)).as(tag).isFalse();
        });
    }

    private static String[] lines(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).split("\r?\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
