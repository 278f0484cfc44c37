package org.gazette.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.dedup.DuplicateDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the metadata Gazette derives on the shared corpora and writes {@code docs/quality.md}:
 * category accuracy on held-out articles with confusion tables, title, date and author extraction
 * against the corpora's ground truth, and the near-duplicate detector on a planted set. Run by
 * {@code bench/quality.sh}; a small sample runs in the tests.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Measures categories, extraction and duplicates on the shared corpora; writes Markdown.")
public final class QualityReport implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "The shared corpus folder (default: ../shared/corpus).")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the Markdown goes (default: standard output).")
    Path out;

    @Option(names = "--per-category", paramLabel = "N", defaultValue = "1000000",
            description = "At most N articles per category (and per uncategorized corpus), for a quick sample.")
    int perCategory;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.8",
            description = "Confidence from which a guessed category is used (site.yaml categoryConfidence).")
    double threshold;

    public static void main(String[] args) {
        System.exit(new CommandLine(new QualityReport()).execute(args));
    }

    @Override
    public Integer call() {
        Results r = measure(corpus, perCategory);
        String markdown = markdown(r, threshold, perCategory);
        if (out == null) {
            System.out.print(markdown);
        } else {
            try {
                Files.writeString(out, markdown, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(out + ": cannot be written", e);
            }
        }
        return 0;
    }

    /** Articles of VNTC taken for the planted duplicates (per topic), and copies planted among them. */
    static final int DUPLICATE_ORIGINALS_PER_TOPIC = 30;
    static final int DUPLICATE_COPIES = 50;

    /** What {@link #measure} found. */
    record Results(List<CategoryEvaluation> categories, List<ExtractionEvaluation> extraction,
                   List<DuplicateEvaluation> duplicates) { }

    static Results measure(Path corpus, int perCategory) {
        ArticleReader reader = new ArticleReader(SiteConfig.defaults());
        List<ReadItem> vntc = read(reader, Corpora.vntc(corpus, perCategory));
        List<ReadItem> unc = read(reader, Corpora.underthesea(corpus, perCategory));
        List<ReadItem> bbc = read(reader, Corpora.bbc(corpus, perCategory));
        List<ReadItem> baomoi = read(reader, Corpora.baomoi(corpus, perCategory));
        List<CategoryEvaluation> categories = List.of(CategoryEvaluation.run("VNTC", vntc),
                CategoryEvaluation.run("Dân trí (underthesea)", unc), CategoryEvaluation.run("BBC", bbc));
        List<ExtractionEvaluation> extraction = List.of(ExtractionEvaluation.run("VNTC", vntc),
                ExtractionEvaluation.run("Dân trí (underthesea)", unc), ExtractionEvaluation.run("Báo Mới", baomoi),
                ExtractionEvaluation.run("BBC", bbc));
        List<DuplicateEvaluation> duplicates = List.of(
                DuplicateEvaluation.run(reader, Corpora.vntc(corpus, Math.min(perCategory, DUPLICATE_ORIGINALS_PER_TOPIC)),
                        DUPLICATE_COPIES, 5),
                DuplicateEvaluation.run(reader, vntc.stream().map(ReadItem::item).toList(), 0, 5));
        return new Results(categories, extraction, duplicates);
    }

    private static List<ReadItem> read(ArticleReader reader, List<CorpusItem> items) {
        return items.parallelStream().map(i -> ReadItem.read(reader, i)).toList();
    }

    static String markdown(Results r, double threshold, int perCategory) {
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        w.println("# Metadata quality");
        w.println();
        w.println("Measured on the shared corpora (`../shared/corpus`, see its README) by `bench/quality.sh`, which runs");
        w.println("`org.gazette.quality.QualityReport`; regenerate this file with it rather than editing it."
                + (perCategory < 1_000_000 ? " Sample: at most " + perCategory + " articles per category." : ""));
        w.println("Times are wall-clock on the machine that ran it and vary from run to run.");
        categories(w, r.categories(), threshold);
        extraction(w, r.extraction());
        duplicates(w, r.duplicates());
        w.flush();
        return text.toString();
    }

    private static void categories(PrintWriter w, List<CategoryEvaluation> evals, double threshold) {
        w.println();
        w.println("## Categories");
        w.println();
        w.println("Articles without a category get one from a multinomial Naive Bayes classifier over folded syllables and");
        w.println("syllable pairs, trained in the same build on the archive's categorized articles (`classify`). Here every");
        w.println("fifth article of each category (in file order) is held out and the rest train. A guess is used when its");
        w.printf(Locale.ROOT, "confidence is at least `categoryConfidence` (%.2f here); the other articles get `defaultCategory`.%n", threshold);
        w.println();
        w.printf(Locale.ROOT, "| corpus | categories | trained | held out | accuracy | confident (≥ %.2f) | accuracy when confident | train + predict |%n", threshold);
        w.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (CategoryEvaluation e : evals) {
            w.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %d ms |%n", e.corpus(), e.labels().size(), e.trained(),
                    e.tested(), pct(e.accuracy()), pct(e.coverage(threshold)), pct(e.accuracy(threshold)), e.millis());
        }
        for (CategoryEvaluation e : evals) {
            w.println();
            w.println("### Confusion: " + e.corpus());
            w.println();
            w.println("Rows: the true category; columns: the guess (all guesses, whatever their confidence).");
            w.println();
            List<String> header = new ArrayList<>(List.of("true \\ guessed"));
            header.addAll(e.labels());
            w.println("| " + String.join(" | ", header) + " |");
            w.println("|---" + "|---:".repeat(e.labels().size()) + "|");
            int[][] m = e.confusion();
            for (int i = 0; i < m.length; i++) {
                StringBuilder row = new StringBuilder("| " + e.labels().get(i));
                for (int j = 0; j < m[i].length; j++) row.append(" | ").append(i == j ? "**" + m[i][j] + "**" : String.valueOf(m[i][j]));
                w.println(row + " |");
            }
        }
    }

    private static void extraction(PrintWriter w, List<ExtractionEvaluation> evals) {
        w.println();
        w.println("## Titles, dates, authors and sources");
        w.println();
        w.println("What the raw-text reader finds, as a build reads these files. Ground truth: titles of VnExpress and Tuổi Trẻ");
        w.println("files in VNTC, of Dân trí (`metadata.tsv`), Báo Mới and BBC; dates of Dân trí (from the article URL). None of");
        w.println("these texts has a dateline (the corpora removed them, and Dân trí's date lives in a header cut off here), so");
        w.println("the right number of dates found is zero: a date found would be invented from the running text. Báo Mới");
        w.println("articles end with a byline or source line when their last line is short (under 40 characters, as the");
        w.println("corpus README counts them): \"closing line read\" is the share of those with an author or source found.");
        w.println();
        w.println("| corpus | files | articles | titles right | dated | dates right | with author | with source | closing line read |");
        w.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (ExtractionEvaluation e : evals) {
            w.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %s |%n", e.corpus(), e.files(), e.articles(),
                    ratio(e.titlesRight(), e.titlesKnown()), ratio(e.dated(), e.articles()),
                    ratio(e.datesRight(), e.datesKnown()), ratio(e.withAuthor(), e.articles()), ratio(e.withSource(), e.articles()),
                    ratio(e.bylinesRead(), e.bylinesKnown()));
        }
    }

    private static void duplicates(PrintWriter w, List<DuplicateEvaluation> evals) {
        w.println();
        w.println("## Near-duplicates");
        w.println();
        w.println("The detector (`dedup`) compares MinHash signatures of the articles' bodies (4-syllable shingles, folded)");
        w.printf(Locale.ROOT, "through LSH bands, in time linear in the archive, and groups articles whose estimated Jaccard similarity is%n");
        w.printf(Locale.ROOT, "at least %.1f. Planted set: VNTC articles of all ten topics, plus copies of some of them with other site%n",
                DuplicateDetector.THRESHOLD);
        w.println("chrome, one sentence edited, and one paragraph dropped from articles of four paragraphs or more (two from");
        w.println("eight or more); copies are made of articles long enough to be compared at all (20 shingles). Every pair");
        w.println("grouped counts. Precision: the share of pairs that are near-duplicates, either an article and its copy");
        w.println("or two files of the corpus whose texts are (exact shingle similarity at least the threshold: the corpus");
        w.println("holds some stories twice, syndicated or cross-posted). Recall: the share of planted copies found. The");
        w.println("second row runs the detector over the whole VNTC sample of the category test, nothing planted.");
        w.println();
        w.println("| articles | copies planted | pairs found | planted found | corpus duplicates | wrong | precision | recall | sign + group |");
        w.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (DuplicateEvaluation e : evals) {
            w.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %s | %s | %d ms |%n", e.originals(), e.planted(), e.pairsFound(),
                    e.plantedFound(), e.corpusPairs().size(), e.wrongPairs().size(), pct(e.precision()),
                    e.planted() == 0 ? "–" : pct(e.recall()), e.millis());
        }
        list(w, "Distinct files of the corpus grouped as near-duplicates (exact similarity in parentheses):",
                evals.stream().flatMap(e -> e.corpusPairs().stream()).distinct().toList());
        list(w, "Pairs grouped wrongly (exact similarity in parentheses):",
                evals.stream().flatMap(e -> e.wrongPairs().stream()).distinct().toList());
    }

    private static void list(PrintWriter w, String heading, List<String> items) {
        if (items.isEmpty()) return;
        w.println();
        w.println(heading);
        w.println();
        for (String item : items) w.println("- `" + item + "`");
    }

    private static String ratio(int n, int of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%d / %d (%s)", n, of, pct((double) n / of));
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
