package org.gazette.enrich;

import org.gazette.testing.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Memory and time of {@link TagAssigner} for a large archive, opt-in because it takes a minute:
 * {@code mvn test -Dtest=TagAssignerScaleTest -Dgazette.bench=true -DargLine=-Xmx2g}, with
 * {@code -Dgazette.bench.articles=N} for another size than a million.
 *
 * <p>Articles reuse the real candidate lists of the team's Vietnamese corpora (5,000 articles),
 * renaming a share of their phrases to new ones so that distinct phrases grow as they do in those
 * corpora, about N^0.8: 3.3 million for a million articles.
 */
class TagAssignerScaleTest {

    @Test
    void tagsAMillionArticlesInAFewHundredBytesEach() {
        assumeTrue(Boolean.getBoolean("gazette.bench"), "benchmark: run with -Dgazette.bench=true");
        Path corpus = Shared.corpus("");
        int articles = Integer.getInteger("gazette.bench.articles", 1_000_000);
        List<List<Keyphrase>> real = realCandidates(corpus);
        double newPhraseShare = 3.3 * Math.pow(articles / 1e6, 0.8) * 1e6 / (articles * (double) KeyphraseExtractor.MAX_CANDIDATES);

        long heapBefore = usedHeap();
        TagAssigner assigner = new TagAssigner(3, 8);
        long start = System.nanoTime();
        IntStream.range(0, articles).parallel().forEach(i -> {
            Random random = new Random(i);
            List<Keyphrase> candidates = new ArrayList<>();
            for (Keyphrase k : real.get(random.nextInt(real.size()))) {
                if (random.nextDouble() >= newPhraseShare) {
                    candidates.add(k);
                    continue;
                }
                String suffix = " " + Integer.toString(i, 36) + (char) ('a' + random.nextInt(26));
                candidates.add(new Keyphrase(k.key() + suffix, k.surface() + suffix, k.score()));
            }
            assigner.add(i, candidates);
        });
        long added = System.nanoTime();
        long heapAfter = usedHeap();
        List<List<String>> tags = assigner.assign(Collections.nCopies(articles, List.of()));
        long assigned = System.nanoTime();

        System.out.printf(Locale.ROOT, "%d articles: add %.1f s, assign %.1f s; candidates %d bytes per article; "
                        + "%d phrases, %d bytes each; heap grew %d bytes per article%n",
                articles, (added - start) / 1e9, (assigned - added) / 1e9, assigner.candidateBytes() / articles,
                assigner.phraseCount(), assigner.dictionaryBytes() / assigner.phraseCount(), (heapAfter - heapBefore) / articles);
        assertThat(tags).hasSize(articles);
        assertThat(assigner.candidateBytes() / articles).isLessThanOrEqualTo(16 + 6 * KeyphraseExtractor.MAX_CANDIDATES + 8);
    }

    private static List<List<Keyphrase>> realCandidates(Path corpus) {
        KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("vntc/Train_Full", "baomoi", "underthesea-unc")) {
            try (Stream<Path> s = Files.walk(corpus.resolve(folder))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.parallelStream().map(file -> {
            try {
                String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r?\n");
                return extractor.extract(lines[0], Arrays.asList(lines).subList(1, lines.length));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).collect(Collectors.toList());
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
