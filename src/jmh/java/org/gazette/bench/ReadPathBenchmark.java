package org.gazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.content.Block;
import org.gazette.content.ParsedArticle;
import org.gazette.content.RawTextParser;
import org.gazette.content.RawTextRules;
import org.gazette.content.ReadResult;
import org.gazette.enrich.KeyphraseExtractor;
import org.gazette.enrich.Stopwords;
import org.gazette.text.FoldedWords;
import org.gazette.text.Folding;
import org.gazette.text.Slugs;
import org.gazette.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-article hot paths of the read step, each over the same set of raw articles: the raw-text
 * parser, keyphrase extraction, folding and slugs, the search tokenizer, folded word hashes. One
 * operation is the whole set, so scores compare across commits run on the same articles.
 *
 * <p>Articles are the {@code .txt} files under {@code dir} (default: the raw-text golden files of
 * the tests), at most {@code limit} of them in path order. See {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadPathBenchmark {
    @Param("src/test/resources/golden/rawtext")
    public String dir;

    @Param("500")
    public int limit;

    private final RawTextParser parser = new RawTextParser(RawTextRules.defaults(), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
    private List<String> texts;
    private List<String> titles;
    private List<List<String>> paragraphs;

    @Setup
    public void load() {
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
            texts = new ArrayList<>();
            for (Path p : paths) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (texts.isEmpty()) throw new IllegalStateException("no .txt articles under " + dir);
        titles = new ArrayList<>();
        paragraphs = new ArrayList<>();
        for (String text : texts) {
            ReadResult r = parser.parse("bench.txt", text);
            if (!r.hasArticle()) continue;
            ParsedArticle a = r.article();
            titles.add(a.title());
            paragraphs.add(a.body().stream().map(Block::plainText).toList());
        }
    }

    @Benchmark
    public void rawTextParser(Blackhole bh) {
        for (String text : texts) bh.consume(parser.parse("bench.txt", text));
    }

    @Benchmark
    public void keyphrases(Blackhole bh) {
        for (int i = 0; i < titles.size(); i++) bh.consume(extractor.extract(titles.get(i), paragraphs.get(i)));
    }

    @Benchmark
    public void foldingAndSlugs(Blackhole bh) {
        for (String title : titles) {
            bh.consume(Folding.key(title));
            bh.consume(Slugs.of(title));
        }
    }

    @Benchmark
    public void tokenizer(Blackhole bh) {
        for (List<String> body : paragraphs) {
            for (String p : body) Tokenizer.forEach(p, (start, end) -> bh.consume(start + end));
        }
    }

    @Benchmark
    public void foldedWords(Blackhole bh) {
        for (List<String> body : paragraphs) bh.consume(new FoldedWords().addAll(body).size());
    }
}
