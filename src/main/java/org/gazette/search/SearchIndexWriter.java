package org.gazette.search;

import org.gazette.content.Block;
import org.gazette.content.PublishedAt;
import org.gazette.enrich.Summaries;
import org.gazette.output.StagedOutput;
import org.gazette.site.Article;
import org.gazette.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the archive's search index while the article pages render: {@link #add} takes each
 * article with its body (from any thread, in any order), {@link #finish} writes the term files
 * and the manifest. Output is the same whatever the order and thread count of the calls.
 *
 * <p>Files under {@code search/}: {@code manifest.js}, term directories and chunks in {@code t/},
 * result records in {@code r/}. Their format is in {@code docs/search.md}.
 */
public final class SearchIndexWriter implements AutoCloseable {
    /** BM25 parameters; the page gets them from the manifest. */
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Characters of article text in a result record, for the snippet. */
    static final int EXCERPT = 240;
    static final int VERSION = 1;

    /**
     * Sizes that trade file count against download size; tests shrink them.
     *
     * @param chunkBytes      target size of a term chunk file
     * @param inlineBytes     a term group, or a word's followers, up to this size stay inline, without chunks
     * @param recordsPerShard result records per {@code r/} file
     * @param batchBytes      heap postings may take before they are spilled to a run file
     */
    public record Tuning(int chunkBytes, int inlineBytes, int recordsPerShard, long batchBytes) {
        public static Tuning defaults() {
            return new Tuning(8_000, 1_000, 4, Math.max(8L << 20, Runtime.getRuntime().maxMemory() / 16));
        }
    }

    private final Site site;
    private final DocOrder order;
    private final StagedOutput out;
    private final Function<PublishedAt, String> shortDate;
    private final Tuning tuning;
    private final int threads;
    private final int[] lengths;
    private final Path temp;
    private final DocTerms.Vocabularies vocab = new DocTerms.Vocabularies();
    private final ThreadLocal<DocTerms> docTerms = ThreadLocal.withInitial(() -> new DocTerms(vocab));
    private final PostingRuns runs;
    private final Records records;

    /**
     * @param shortDate the short date of the site language, as lists show it
     */
    public SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate) {
        this(site, out, shortDate, Tuning.defaults(), 1);
    }

    /**
     * @param threads threads the build may use: with more than one, {@link #finish} encodes and
     *                writes terms on a second thread while the first merges (same output)
     */
    public SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, int threads) {
        this(site, out, shortDate, Tuning.defaults(), threads);
    }

    SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, Tuning tuning) {
        this(site, out, shortDate, tuning, 1);
    }

    SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, Tuning tuning, int threads) {
        this.threads = threads;
        this.site = site;
        this.order = new DocOrder(site);
        this.out = out;
        this.shortDate = shortDate;
        this.tuning = tuning;
        this.lengths = new int[order.size()];
        try {
            this.temp = Files.createTempDirectory("gazette-search-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the search index: " + e.getMessage(), e);
        }
        this.runs = new PostingRuns(temp, tuning.batchBytes(), vocab);
        this.records = new Records(out, tuning.recordsPerShard(), order.size());
    }

    /** Document numbers of the articles; {@link #add} takes these. */
    public DocOrder order() {
        return order;
    }

    /** Indexes one article. Thread-safe; each document exactly once. */
    public void add(int doc, Article a, List<Block> body) {
        DocTerms terms = docTerms.get();
        terms.clear();
        terms.add(a.title(), DocTerms.TITLE, true);
        for (String tag : a.tags()) terms.addTag(tag);
        // The lede is usually the first paragraph again: it weighs more, but counts once in the length.
        terms.add(a.summary(), DocTerms.LEDE, false);
        for (Block b : body) terms.add(b.plainText(), DocTerms.BODY, true);
        lengths[doc] = terms.length();
        runs.add(doc, terms.terms());
        records.add(doc, record(doc, a, body));
    }

    /** Writes the term files and the manifest; call once, after every document was added. */
    public void finish() {
        records.finish();
        int n = order.size();
        long total = 0;
        for (int l : lengths) total += l;
        double avgdl = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        TermFiles files = new TermFiles(out, tuning.chunkBytes(), tuning.inlineBytes());
        int[] wordDf = {0};
        Consumer<PostingRuns.Term> sink = term -> {
            String key = term.key();
            int df = term.docs().length;
            String word = term.word();
            boolean scored = word == null && key.charAt(0) != DocTerms.TAG;
            StringBuilder e = new StringBuilder(df * 2 + key.length() + 16);
            Js.string(e, key);
            e.append(',').append(df).append(',');
            if (key.charAt(word == null ? 0 : word.length()) == DocTerms.SPELLING && df == wordDf[0]) {
                e.append("\"*\""); // every article with the word spells it this way: no bonus to give
            } else {
                byte[] q = null;
                if (scored) {
                    q = new byte[df];
                    for (int i = 0; i < df; i++) q[i] = quantise(term.tfs()[i], lengths[term.docs()[i]], avgdl);
                }
                Postings.Encoded p = Postings.encode(term.docs(), q, df, n);
                if (!p.dense()) Js.string(e, p.sparse());
                else if (!scored) Js.string(e.append('['), p.bitmap()).append(']');
                else {
                    Js.string(e.append('['), p.bitmap());
                    Js.string(e.append(','), p.top());
                    e.append(',').append(p.defaultScore()).append(']');
                }
            }
            files.add(key, word, df, e.toString());
            if (scored) wordDf[0] = df;
        };
        if (threads > 1) {
            // The merge is sequential; the encoding and file writes of its terms run beside it.
            Handoff<PostingRuns.Term> handoff = new Handoff<>(sink);
            try {
                runs.merge(handoff);
            } finally {
                handoff.finish();
            }
        } else {
            runs.merge(sink);
        }
        files.finish();
        out.write("search/manifest.js", Js.file("manifest", manifest()));
    }

    /** BM25's term-frequency part, tf·(k1+1)/(tf + k1·(1−b+b·dl/avgdl)), scaled to 1..63. */
    static byte quantise(int tf, int dl, double avgdl) {
        double s = tf / (tf + K1 * (1 - B + B * dl / avgdl));
        return (byte) Math.max(1, Math.min(63, Math.round(s * 63)));
    }

    private String record(int doc, Article a, List<Block> body) {
        StringBuilder sb = new StringBuilder(768).append('[');
        Js.string(sb, a.title());
        sb.append(',');
        Js.string(sb, a.path());
        sb.append(',');
        if (a.dated()) {
            Js.string(sb, a.published().iso());
            sb.append(',');
            Js.string(sb, shortDate.apply(a.published()));
        } else {
            sb.append("null,null");
        }
        sb.append(',').append(order.category(doc)).append(',');
        Js.string(sb, excerpt(a, body));
        sb.append(",[");
        for (int i = 0; i < a.tags().size(); i++) {
            if (i > 0) sb.append(',');
            Js.string(sb, a.tags().get(i));
        }
        return sb.append("]]").toString();
    }

    /** The start of the article's text, for the snippet under a result. */
    static String excerpt(Article a, List<Block> body) {
        StringBuilder text = new StringBuilder();
        for (Block b : body) {
            if (b.isCaption()) continue;
            String p = b.plainText().strip();
            if (p.isEmpty()) continue;
            if (text.length() > 0) text.append(' ');
            text.append(p);
            if (text.length() > EXCERPT) break;
        }
        String s = text.length() > 0 ? text.toString() : a.summary();
        return Summaries.shorten(s, EXCERPT);
    }

    private String manifest() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"v\":").append(VERSION).append(",\"n\":").append(order.size())
                .append(",\"k1\":").append(K1).append(",\"b\":").append(B)
                .append(",\"rs\":").append(tuning.recordsPerShard())
                .append(",\"cs\":").append(tuning.chunkBytes())
                .append(",\"portable\":").append(site.config().portable())
                .append(",\"cats\":[");
        List<DocOrder.CategoryRange> cats = order.categories();
        for (int i = 0; i < cats.size(); i++) {
            DocOrder.CategoryRange c = cats.get(i);
            if (i > 0) sb.append(',');
            sb.append('[');
            Js.string(sb, c.key());
            sb.append(',');
            Js.string(sb, c.name());
            sb.append(',').append(c.start()).append(',').append(c.end()).append(",[");
            for (int j = 0; j < c.years().size(); j++) {
                DocOrder.YearRange y = c.years().get(j);
                sb.append(j > 0 ? "," : "").append(String.format(Locale.ROOT, "[%d,%d,%d]", y.year(), y.start(), y.end()));
            }
            sb.append("]]");
        }
        return sb.append("]}").toString();
    }

    /** Run files spilled so far: the memory bound at work. */
    int spills() {
        return runs.spills();
    }

    /** The folder of the run files, gone after {@link #close}. */
    Path temp() {
        return temp;
    }

    /** Deletes the temporary run files. */
    @Override
    public void close() {
        runs.close();
    }
}
