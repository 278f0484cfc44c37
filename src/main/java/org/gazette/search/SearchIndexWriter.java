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
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gazette.text.StringHash;

/**
 * Builds the archive's search index while the article pages render: {@link #add} takes each
 * article with its body (from any thread, in any order), {@link #finish} writes the term files
 * and the manifest. Output is the same whatever the order and thread count of the calls.
 *
 * <p>Files under {@code search/}: {@code manifest.js}, term directories and chunks in {@code t/},
 * result records in {@code r/}. Their format is in {@code docs/search.md}.
 *
 * <p>With a {@link Cache}, a rebuild indexes again only the articles whose text or metadata changed:
 * the others keep their postings, length and record from the previous build ({@link IndexCache}).
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
    /** Null without a cache. */
    private final IndexCache cache;
    /** By document: its number in the previous build's index when taken over from it, else -1. */
    private final int[] previousDoc;
    /** Written by the thread that encodes terms, read after {@link #finish}. */
    private int reusedTerms;

    /**
     * Where the index keeps what a rebuild can take over: a file beside the output. Reading the
     * previous build's (hundreds of megabytes, each checked) can start before the site is ready to
     * render ({@link #readAhead}).
     */
    public static final class Cache {
        private final Path file;
        private final long key;
        private final boolean reuse;
        private final Consumer<String> problem;
        private FutureTask<IndexCache.Previous> previous;

        /**
         * @param key     what the index depends on besides the articles (Gazette code, site settings)
         * @param reuse   false to index every article again
         * @param problem told when the cache cannot be written
         */
        public Cache(Path file, long key, boolean reuse, Consumer<String> problem) {
            this.file = file;
            this.key = key;
            this.reuse = reuse;
            this.problem = problem;
        }

        /** Starts reading the previous build's cache on a thread of its own; the index takes it when it opens. */
        public void readAhead() {
            if (!reuse || previous != null) return;
            previous = new FutureTask<>(() -> IndexCache.readPrevious(file, key));
            Thread t = new Thread(previous, "gazette-index-ahead");
            t.setDaemon(true);
            t.start();
        }

        /** For a build that stops before it indexes: lets go of the previous cache if it was read ahead. */
        public void discard() {
            if (previous == null) return;
            take().close();
        }

        private IndexCache open(int docs) {
            if (previous == null) return IndexCache.open(file, key, reuse, docs, problem);
            return IndexCache.open(file, key, take(), docs, problem);
        }

        private IndexCache.Previous take() {
            FutureTask<IndexCache.Previous> p = previous;
            previous = null;
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return p.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the file must be handed on or closed whatever happens
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException r) throw r;
                        if (e.getCause() instanceof Error r) throw r;
                        throw new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * @param shortDate the short date of the site language, as lists show it
     * @param threads   threads the build may use: with more than one, {@link #finish} encodes and
     *                  writes terms on a second thread while the first merges (same output)
     * @param cache     where the index keeps what the next build can take over; null for none
     * @param runs      the folder for the run files spilled while documents are added, beside the
     *                  output so that a killed build's are cleared by the next (they can take
     *                  gigabytes); deleted by {@link #close}. Null for a temporary folder of the system.
     */
    public SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, int threads, Cache cache,
                             Path runs) {
        this(site, out, shortDate, Tuning.defaults(), threads, cache, runs);
    }

    SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, Tuning tuning) {
        this(site, out, shortDate, tuning, 1, null, null);
    }

    SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, Tuning tuning, int threads,
                      Cache cache) {
        this(site, out, shortDate, tuning, threads, cache, null);
    }

    SearchIndexWriter(Site site, StagedOutput out, Function<PublishedAt, String> shortDate, Tuning tuning, int threads,
                      Cache cache, Path runs) {
        this.threads = threads;
        this.site = site;
        this.order = new DocOrder(site);
        this.out = out;
        this.shortDate = shortDate;
        this.tuning = tuning;
        this.lengths = new int[order.size()];
        try {
            this.temp = runs == null ? Files.createTempDirectory("gazette-search-") : emptied(runs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the search index's run files: " + e.getMessage(), e);
        }
        this.runs = new PostingRuns(temp, tuning.batchBytes(), vocab);
        // a shard made of the same documents as at the previous build, by the same code, is the same file
        this.records = new Records(out, tuning.recordsPerShard(), order.size(), cache == null || !cache.reuse ? 0 : cache.key);
        this.cache = cache == null ? null : cache.open(order.size());
        this.previousDoc = new int[order.size()];
        Arrays.fill(previousDoc, -1);
    }

    /** {@code dir}, made if missing, without the files a killed build left in it. */
    private static Path emptied(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> left = Files.newDirectoryStream(dir)) {
            for (Path f : left) Files.delete(f);
        }
        return dir;
    }

    /** Document numbers of the articles; {@link #add} takes these. */
    public DocOrder order() {
        return order;
    }

    /** Indexes one article. Thread-safe; each document exactly once. */
    public void add(int doc, Article a, List<Block> body) {
        add(doc, a, 0, () -> body);
    }

    /**
     * Indexes one article, or takes it over from the previous build when it is made of the same
     * text and metadata: then its body is not fetched. Thread-safe; each document exactly once.
     *
     * @param bodyHash a hash of the body, the same whenever the body is; 0 when unknown (the article is indexed)
     */
    public void add(int doc, Article a, long bodyHash, Supplier<List<Block>> body) {
        long pathHash = StringHash.of(a.sourcePath());
        long docKey = cache == null || bodyHash == 0 ? 0 : docKey(doc, a, bodyHash);
        if (docKey != 0) {
            int old = cache.previousDoc(pathHash, docKey);
            byte[] record = old < 0 ? null : cache.previousRecord(old);
            if (record != null) {
                previousDoc[doc] = old;
                lengths[doc] = cache.previousLength(old);
                records.add(doc, docKey, record);
                cache.putRecord(doc, pathHash, docKey, lengths[doc], record);
                return;
            }
        }
        index(doc, a, body.get(), pathHash, docKey);
    }

    /**
     * What a document of the index is made of, as a hash: everything its terms and its record are
     * computed from. Never 0.
     */
    private long docKey(int doc, Article a, long bodyHash) {
        // the article's digest holds its text packed, so nothing is decoded; the short date comes from the theme's translations
        long k = StringHash.combine(a.digest(), order.category(doc));
        if (a.dated()) k = StringHash.combine(k, StringHash.of(shortDate.apply(a.published())));
        k ^= Long.rotateLeft(bodyHash, 17);
        return k == 0 ? 1 : k;
    }

    private void index(int doc, Article a, List<Block> body, long pathHash, long docKey) {
        DocTerms terms = docTerms.get();
        terms.clear();
        terms.add(a.title(), DocTerms.TITLE, true);
        for (String tag : a.tags()) terms.addTag(tag);
        // The lede is usually the first paragraph again: it weighs more, but counts once in the length.
        terms.add(a.summary(), DocTerms.LEDE, false);
        for (Block b : body) terms.add(b.plainText(), DocTerms.BODY, true);
        lengths[doc] = terms.length();
        runs.add(doc, terms.terms());
        byte[] record = record(doc, a, body).getBytes(StandardCharsets.UTF_8);
        records.add(doc, docKey, record);
        if (cache != null) cache.putRecord(doc, pathHash, docKey, lengths[doc], record);
    }

    /** Writes the term files and the manifest; call once, after every document was added. */
    public void finish() {
        records.finish();
        int n = order.size();
        long total = 0;
        for (int l : lengths) total += l;
        double avgdl = averageLength(total, n);
        if (cache != null) cache.avgdl(avgdl);
        // a term whose postings are the previous build's is scored alike when these are too
        boolean sameScoring = cache != null && cache.previousDocs() == n && cache.previousAvgdl() == avgdl;
        double[] norms = new double[n];
        for (int d = 0; d < n; d++) norms[d] = norm(lengths[d], avgdl);
        TermFiles files = new TermFiles(out, tuning.chunkBytes(), tuning.inlineBytes());
        // the second stage: a term's index entry, laid out into its file
        Consumer<Encoded> lay = t -> {
            StringBuilder e = new StringBuilder(t.postings().length() + t.key().length() + 16);
            Js.string(e, t.key());
            int keyChars = e.length();
            e.append(',').append(t.df()).append(',').append(t.postings());
            // the number and the postings are ASCII: only the key may take more than a byte a character
            int bytes = Js.utf8Length(e, keyChars) + e.length() - keyChars;
            files.add(t.key(), t.word(), t.df(), e.toString(), bytes);
        };
        Handoff<Encoded> laying = threads > 1 ? new Handoff<>(lay, "gazette-index-files") : null;
        Consumer<Encoded> next = laying != null ? laying : lay;
        int[] wordDf = {0};
        // the first stage: a term's postings encoded (or the previous build's taken over), and cached
        Consumer<Posted> encode = posted -> {
            String key = posted.key();
            int df = posted.df();
            String word = posted.word();
            boolean scored = word == null && key.charAt(0) != DocTerms.TAG;
            // every article with the word spells it this way: no bonus to give
            boolean star = key.charAt(word == null ? 0 : word.length()) == DocTerms.SPELLING && df == wordDf[0];
            String previous = sameScoring && posted.previous() != null ? posted.previous().encoded() : null;
            String postings;
            PostingRuns.Term term = null;
            if (previous != null && star == previous.equals(STAR)) {
                postings = previous;
                reusedTerms++;
            } else if (star) {
                postings = STAR;
            } else {
                term = posted.term();
                postings = postings(term, scored, n, norms);
            }
            next.accept(new Encoded(key, word, df, postings));
            if (scored) wordDf[0] = df;
            if (cache == null) return;
            // a term taken over whole with its encoding has the cache entry it had
            if (postings == previous) {
                cache.putTerm(key, posted.previous().bytes());
            } else {
                if (term == null) term = posted.term();
                cache.putTerm(key, term.docs(), term.tfs(), postings);
            }
        };
        if (threads > 1) {
            // Three stages on their own threads, in term order: the merge; encoding and caching; laying out the files.
            Handoff<Posted> encoding = new Handoff<>(encode, "gazette-index-postings");
            try {
                merge(encoding);
            } finally {
                try {
                    encoding.finish();
                } finally {
                    laying.finish();
                }
            }
        } else {
            merge(encode);
        }
        files.finish();
        out.write("search/manifest.js", Js.file("manifest", manifest()));
        if (cache != null) cache.commit();
    }

    /** An index entry's postings for a term that spells its word the only way the archive does. */
    private static final String STAR = "\"*\"";

    /**
     * The average document length BM25 scores with, rounded to 6 significant bits (within 0.8%): a
     * rebuild after a few edits then almost always scores with the same one, and the terms of the
     * articles that did not change need not be encoded again. Ranking does not notice.
     */
    static double averageLength(long total, int n) {
        double avg = n == 0 ? 1 : Math.max(1.0, (double) total / n);
        int e = Math.getExponent(avg) - 6;
        return Math.scalb(Math.rint(Math.scalb(avg, -e)), e);
    }

    /** A term's postings as its index entry holds them: sparse, or a bitmap (with the best scores when scored). */
    private String postings(PostingRuns.Term term, boolean scored, int n, double[] norms) {
        int df = term.docs().length;
        byte[] q = null;
        if (scored) {
            q = new byte[df];
            for (int i = 0; i < df; i++) q[i] = quantise(term.tfs()[i], norms[term.docs()[i]]);
        }
        Postings.Encoded p = Postings.encode(term.docs(), q, df, n);
        StringBuilder e = new StringBuilder(p.length() + 8);
        if (!p.dense()) Js.plainString(e, p.sparse());
        else if (!scored) Js.plainString(e.append('['), p.bitmap()).append(']');
        else {
            Js.plainString(e.append('['), p.bitmap());
            Js.plainString(e.append(','), p.top());
            e.append(',').append(p.defaultScore()).append(']');
        }
        return e.toString();
    }

    /** A term with its index entry's postings, on its way to its file. */
    private record Encoded(String key, String word, int df, String postings) { }

    /**
     * A term on its way to the files: either its postings ({@code term}), or, taken over whole, the
     * previous build's cache entry for it, whose postings are decoded only if they must be encoded
     * again.
     */
    private record Posted(String key, String word, int df, PostingRuns.Term fresh, IndexCache.Entry previous) {
        static Posted of(PostingRuns.Term term) {
            return new Posted(term.key(), term.word(), term.docs().length, term, null);
        }

        static Posted takenOver(String key, IndexCache.Entry previous) {
            return new Posted(key, TermFiles.wordOf(key), previous.size(), null, previous);
        }

        PostingRuns.Term term() {
            return fresh != null ? fresh : previous.term(key, word);
        }
    }

    /** Every term in key order: the postings of the documents indexed now, merged with those taken over. */
    private void merge(Consumer<Posted> sink) {
        if (cache == null) {
            runs.merge(term -> sink.accept(Posted.of(term)));
            return;
        }
        int[] docOfPrevious = new int[cache.previousDocs()];
        Arrays.fill(docOfPrevious, -1);
        for (int d = 0; d < previousDoc.length; d++) if (previousDoc[d] >= 0) docOfPrevious[previousDoc[d]] = d;
        try (TakenOver merge = new TakenOver(cache.previousTerms(), docOfPrevious, sink)) {
            runs.merge(merge);
        }
    }

    /**
     * Merges the previous build's terms, renumbered and without the documents indexed again, into
     * the stream of this build's terms (both in key order), and hands each term on once.
     */
    private static final class TakenOver implements Consumer<PostingRuns.Term>, AutoCloseable {
        private final IndexCache.Terms previous;
        private final int[] docOfPrevious;
        /** The previous documents whose number changed or that went (indexed again, or gone), ascending. */
        private final int[] moved;
        /** Whether documents kept their order: then a term's renumbered postings and new ones are merged, not sorted. */
        private final boolean inOrder;
        private final Consumer<Posted> sink;
        private final IntPairs pairs = new IntPairs();
        private boolean more;

        TakenOver(IndexCache.Terms previous, int[] docOfPrevious, Consumer<Posted> sink) {
            this.previous = previous;
            this.docOfPrevious = docOfPrevious;
            this.sink = sink;
            int count = 0;
            boolean inOrder = true;
            int last = -1;
            for (int old = 0; old < docOfPrevious.length; old++) {
                int doc = docOfPrevious[old];
                if (doc != old) count++;
                if (doc < 0) continue;
                inOrder &= doc > last;
                last = doc;
            }
            this.moved = new int[count];
            for (int old = 0, k = 0; k < count; old++) if (docOfPrevious[old] != old) moved[k++] = old;
            this.inOrder = inOrder;
            this.more = advance();
        }

        @Override
        public void accept(PostingRuns.Term term) {
            while (more && previous.key().compareTo(term.key()) < 0) {
                takeOver();
                more = advance();
            }
            if (more && previous.key().equals(term.key())) {
                PostingRuns.Term old = previous.entry().term(term.key(), term.word());
                if (inOrder) {
                    mergeInOrder(old, term);
                } else {
                    pairs.clear();
                    renumber(old);
                    for (int i = 0; i < term.docs().length; i++) pairs.add(term.docs()[i], term.tfs()[i]);
                    emit(term.key());
                }
                more = advance();
            } else {
                sink.accept(Posted.of(term));
            }
        }

        /** The rest of the previous terms, after the last of this build's. */
        @Override
        public void close() {
            while (more) {
                takeOver();
                more = advance();
            }
        }

        /** The current previous term alone: unchanged when none of its documents changed number or went. */
        private void takeOver() {
            IndexCache.Entry entry = previous.entry();
            String key = previous.key();
            if (!entry.hasAnyOf(moved)) {
                sink.accept(Posted.takenOver(key, entry));
                return;
            }
            pairs.clear();
            renumber(entry.term(key, null));
            emit(key);
        }

        /**
         * The previous postings, renumbered, and this build's, merged in one pass: documents kept
         * their order, so both are ascending. (A common word's hundred thousand postings pass here
         * whenever an article with it is edited.)
         */
        private void mergeInOrder(PostingRuns.Term old, PostingRuns.Term fresh) {
            int[] oldDocs = old.docs(), oldTfs = old.tfs(), newDocs = fresh.docs(), newTfs = fresh.tfs();
            int[] docs = new int[oldDocs.length + newDocs.length];
            int[] tfs = new int[docs.length];
            int n = 0, j = 0;
            for (int i = 0; i < oldDocs.length; i++) {
                int was = oldDocs[i];
                if (was >= docOfPrevious.length) throw new IllegalStateException("damaged search index cache");
                int doc = docOfPrevious[was];
                if (doc < 0) continue;
                while (j < newDocs.length && newDocs[j] < doc) {
                    docs[n] = newDocs[j];
                    tfs[n++] = newTfs[j++];
                }
                docs[n] = doc;
                tfs[n++] = oldTfs[i];
            }
            while (j < newDocs.length) {
                docs[n] = newDocs[j];
                tfs[n++] = newTfs[j++];
            }
            if (n == 0) return;
            sink.accept(Posted.of(new PostingRuns.Term(fresh.key(), fresh.word(), Arrays.copyOf(docs, n), Arrays.copyOf(tfs, n))));
        }

        private void renumber(PostingRuns.Term old) {
            for (int i = 0; i < old.docs().length; i++) {
                int was = old.docs()[i];
                if (was >= docOfPrevious.length) throw new IllegalStateException("damaged search index cache");
                int doc = docOfPrevious[was];
                if (doc >= 0) pairs.add(doc, old.tfs()[i]);
            }
        }

        private void emit(String key) {
            if (pairs.size == 0) return; // only in documents that changed or went
            pairs.sortByDoc();
            sink.accept(Posted.of(new PostingRuns.Term(key, TermFiles.wordOf(key), pairs.firsts(), pairs.seconds())));
        }

        private boolean advance() {
            try {
                return previous.next();
            } catch (IOException e) {
                throw new UncheckedIOException("search index cache: " + e.getMessage(), e);
            }
        }
    }

    /** BM25's term-frequency part, tf·(k1+1)/(tf + k1·(1−b+b·dl/avgdl)), scaled to 1..63. */
    static byte quantise(int tf, int dl, double avgdl) {
        return quantise(tf, norm(dl, avgdl));
    }

    /** {@link #quantise} with the document's part, {@link #norm}, worked out once per document. */
    private static byte quantise(int tf, double norm) {
        double s = tf / (tf + norm);
        return (byte) Math.max(1, Math.min(63, Math.round(s * 63)));
    }

    /** BM25's document-length part, k1·(1−b+b·dl/avgdl). */
    private static double norm(int dl, double avgdl) {
        return K1 * (1 - B + B * dl / avgdl);
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

    /** Record shards kept as the previous build wrote them, without being made: the cache at work. */
    int keptRecordShards() {
        return records.kept();
    }

    /** Terms {@link #finish} wrote with the previous build's encoded postings: the cache at work. */
    int reusedTerms() {
        return reusedTerms;
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
        if (cache != null) cache.close();
    }
}
