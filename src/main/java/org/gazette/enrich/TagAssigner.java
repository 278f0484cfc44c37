package org.gazette.enrich;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gazette.config.TagSettings;

/**
 * The archive-wide step of tagging: chooses each article's tags from its {@link KeyphraseExtractor}
 * candidates, weighed against the whole archive. Never compares articles with each other: it
 * counts, per phrase, the articles that use it.
 *
 * <p><b>Scoring.</b> An article's candidate scores {@code local × share(df)}, where {@code df}
 * counts the articles that have the phrase among their candidates or explicit tags. An unshared
 * phrase ({@code df = 1}) would make a tag page of one article and scores ×{@value #UNSHARED}. A
 * shared one scores ×1 up to {@code common = max(}{@value #COMMON_FLOOR}{@code , }{@value
 * #COMMON_SHARE}{@code × articles)}, and ×√(common / df) above: a phrase in most articles of a
 * large archive says little about any one of them, while a phrase in all five articles of a small
 * one is still their subject. A shared common phrase of several words whose one-word extension is
 * shared almost as widely is a fragment of it ({@code ngay lập} of {@code ngay lập tức}) and is
 * never a tag.
 *
 * <p><b>Selection.</b> Required tags come first, all of them (duplicates by key removed). Then
 * candidates, best first, until {@code maxTags}. An article that writes one tag two ways ({@code
 * CAND}, {@code Công an nhân dân}) has one candidate whose local score sums both. To keep an
 * article's tags diverse, each word a candidate shares with a chosen tag multiplies its score by
 * {@value #REPEATED_WORD} ({@code Đảng ủy} after {@code đảng viên}), once more when it has no other
 * word ({@code đảng} after {@code đảng viên}), and a phrase that contains or is contained in a
 * chosen one is skipped ({@code Điện Biên Phủ} after {@code Điện Biên}), except that an
 * organization may carry the place it names ({@code Công an Điện Biên} and {@code Điện Biên}). Past
 * {@code minTags}, a candidate must also be strong in its article: a local score of at least
 * {@value #MIN_RELATIVE} of the article's best single phrase. So shared phrases come first, and a
 * strong unshared name ({@code Tô Lâm} in the only article about him) still gets in when they leave
 * room.
 *
 * <p><b>Canonical tags.</b> Variants differing in case or diacritics share a key and a tag; each
 * article shows it in the archive's spelling of its own word, see {@link TagSpellings}. Acronyms
 * that articles spell out, places written with their administrative unit and the synonyms of
 * {@code site.yaml} merge further, see {@link CanonicalTags}: document frequencies and the choice
 * below count the merged tag.
 *
 * <p><b>Site settings.</b> A phrase on the blocklist is never chosen; the tags an article must have
 * (its explicit tags and the {@code always} names found in it, see {@link AlwaysTags}) are passed to
 * {@link #assign} and kept, merged by the synonyms like any tag.
 *
 * <p><b>Memory.</b> Per article: one {@code char[]} of 3 chars per candidate (phrase id and the
 * number of the article's spelling in 32 bits, score in 16), 16 + 6k bytes for k ≤ {@value
 * KeyphraseExtractor#MAX_CANDIDATES} candidates (at most 160 bytes), plus a 4-byte reference. Per
 * distinct phrase of the archive, about 70 bytes in {@link PhraseTable}; on the team's Vietnamese
 * corpora distinct phrases grow as N^0.8 (50,000 for 5,000 articles), which extrapolates to about
 * 3.3 million phrases, 230 MB, for a million articles (see {@code TagAssignerScaleTest}). {@link
 * #candidateBytes} and {@link #dictionaryBytes} estimate both parts.
 *
 * <p><b>Threads and determinism.</b> {@link #add} may be called from many threads in any order; it
 * holds a lock only while interning the article's few keys. Ids depend on that order, so every
 * ordering uses scores and then keys, never ids; counts do not depend on it. Call {@link #assign}
 * after the last {@code add}.
 */
public final class TagAssigner {
    static final float UNSHARED = 0.7f;
    static final int COMMON_FLOOR = 30;
    static final float COMMON_SHARE = 0.05f;
    static final float MIN_RELATIVE = 0.35f;
    static final float REPEATED_WORD = 0.7f;
    static final float FRAGMENT_SHARE = 0.75f;
    /** Longer keys or spellings are not tags (and are ignored). */
    static final int MAX_PHRASE_CHARS = 200;
    static final int ID_BITS = 28;
    static final int ID_MASK = (1 << ID_BITS) - 1;
    /** Chars per stored candidate: see {@link #add}. */
    static final int SLOT = 3;
    private static final char[] NO_CANDIDATES = new char[0];

    private final int minTags;
    private final int maxTags;
    private final TagSettings settings;
    private final PhraseTable phrases = new PhraseTable();
    /** Per acronym key: the expansions articles give and how many articles give each. */
    private final Map<String, Map<String, Integer>> definitions = new HashMap<>();
    private char[][] articles = new char[1024][];
    private int articleCount;

    /**
     * @param minTags tags to reach when an article's candidates allow
     * @param maxTags tags at most, unless an article has more explicit tags (all are kept)
     */
    public TagAssigner(int minTags, int maxTags) {
        this(minTags, maxTags, TagSettings.none());
    }

    /** @param settings synonyms and blocklist of {@code site.yaml} */
    public TagAssigner(int minTags, int maxTags, TagSettings settings) {
        if (minTags < 0 || maxTags < 1 || minTags > maxTags) {
            throw new IllegalArgumentException("need 0 <= minTags <= maxTags and maxTags >= 1, got " + minTags + " and " + maxTags);
        }
        this.minTags = minTags;
        this.maxTags = maxTags;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Records the candidates of article {@code articleIndex} (0-based, each index once). Thread-safe. */
    public void add(int articleIndex, List<Keyphrase> candidates) {
        add(articleIndex, candidates, List.of());
    }

    /**
     * Records the candidates of article {@code articleIndex} (0-based, each index once) and the
     * acronyms it spells out. Thread-safe.
     */
    public void add(int articleIndex, List<Keyphrase> candidates, List<AcronymDefinition> acronyms) {
        add(articleIndex, TagCandidates.of(candidates), acronyms);
    }

    /**
     * Records the candidates of article {@code articleIndex} (0-based, each index once) and the
     * acronyms it spells out. Thread-safe.
     */
    public void add(int articleIndex, TagCandidates candidates, List<AcronymDefinition> acronyms) {
        if (articleIndex < 0) throw new IllegalArgumentException("negative article index " + articleIndex);
        Map<String, String> defined = new HashMap<>();
        for (AcronymDefinition d : acronyms) defined.putIfAbsent(Keyphrase.keyOf(d.acronym()), d.expansion());
        // what needs no lock is done before taking it: the threads reading files meet here
        int k = candidates.size();
        int[] hashes = new int[k];
        candidates.forEach((j, buf, keyAt, keyLength, spellingAt, spellingLength, score) ->
                hashes[j] = PhraseTable.hash(buf, keyAt, keyLength));
        synchronized (this) {
            if (articleIndex >= articles.length) {
                articles = Arrays.copyOf(articles, Math.max(articleIndex + 1, articles.length * 2));
            }
            if (articles[articleIndex] != null) throw new IllegalArgumentException("article " + articleIndex + " added twice");
            // per candidate: the phrase id with the number of the article's spelling in its top 4 bits,
            // as two chars, then the score as a bfloat16 (the top half of the float's bits: 3 significant
            // digits, enough to rank)
            char[] packed = k == 0 ? NO_CANDIDATES : new char[SLOT * k];
            candidates.forEach((j, buf, keyAt, keyLength, spellingAt, spellingLength, score) -> {
                int id = phrases.intern(buf, keyAt, keyLength, hashes[j]);
                if (id > ID_MASK) throw new IllegalStateException("more than " + ID_MASK + " distinct phrases");
                int entry = id | phrases.addUse(id, buf, spellingAt, spellingLength, null) << ID_BITS;
                packed[SLOT * j] = (char) (entry >>> 16);
                packed[SLOT * j + 1] = (char) entry;
                packed[SLOT * j + 2] = (char) (Float.floatToIntBits(score) >>> 16);
            });
            articles[articleIndex] = packed;
            articleCount = Math.max(articleCount, articleIndex + 1);
            defined.forEach((acronym, expansion) ->
                    definitions.computeIfAbsent(acronym, key -> new HashMap<>()).merge(expansion, 1, Integer::sum));
        }
    }

    /**
     * Forgets the candidates of an added article: it gets only the tags {@link #assign} is given for
     * it, and its phrases no longer count as shared. For an article that is a copy of another.
     */
    public synchronized void withdraw(int articleIndex) {
        if (articleIndex >= 0 && articleIndex < articles.length && articles[articleIndex] != null) {
            articles[articleIndex] = NO_CANDIDATES;
        }
    }

    /**
     * The tags of every article, best first, in display form.
     *
     * @param required for each article {@code i}, the tags it must have: those it gave itself (front
     *                 matter, "Từ khóa:" lines) and the {@code always} names found in it; its size is
     *                 the number of articles, more than the highest index added
     */
    public synchronized List<List<String>> assign(List<List<String>> required) {
        return assign(required, null);
    }

    /**
     * The tags of every article, as {@link #assign(List)} chooses them; an article whose context
     * ({@link TagChoice#context}) {@code memo} knows gets the tags chosen then. The memo learns
     * every article's choice.
     *
     * @param memo tags chosen at an earlier build, or null to choose every article's
     */
    public synchronized List<List<String>> assign(List<List<String>> required, TagMemo memo) {
        Objects.requireNonNull(required, "required");
        int n = required.size();
        if (n < articleCount) {
            throw new IllegalArgumentException("required tags for " + n + " articles, but candidates for article " + (articleCount - 1));
        }
        CanonicalTags canon = CanonicalTags.resolve(phrases, definitions, settings, Stopwords.defaults().adminUnits);
        TagChoice choice = new TagChoice(phrases, canon, n, minTags, maxTags, settings);
        for (int i = 0; i < n; i++) choice.count(candidatesOf(i), Objects.requireNonNull(required.get(i), "tags of article " + i));
        choice.markFragments();
        if (memo != null) choice.prepareContexts();
        // One instance per distinct name for the rest of the build. The tagger's choices share theirs
        // already (TagSpellings); the tags an article gives itself (front matter, "Từ khóa:" lines)
        // come from its own text, one copy per article.
        ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
        // each article's choice only reads what is shared, so articles are chosen in parallel
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            if (memo == null) return shared(choice.select(i, candidatesOf(i)), names);
            long context = choice.context(i, candidatesOf(i));
            List<String> known = memo.known(i, context);
            List<String> tags = shared(known != null ? known : choice.select(i, candidatesOf(i)), names);
            memo.keep(i, context, tags);
            return tags;
        }).collect(Collectors.toUnmodifiableList());
    }

    private static List<String> shared(List<String> tags, ConcurrentHashMap<String, String> names) {
        String[] out = new String[tags.size()];
        for (int i = 0; i < out.length; i++) {
            String name = tags.get(i);
            String known = names.putIfAbsent(name, name);
            out[i] = known != null ? known : name;
        }
        return List.of(out);
    }

    /** An estimate of the heap the per-article candidates take, in bytes. */
    synchronized long candidateBytes() {
        long bytes = 16 + 4L * articles.length;
        for (int i = 0; i < articleCount; i++) {
            if (articles[i] != null && articles[i].length > 0) bytes += 16 + 2L * articles[i].length;
        }
        return bytes;
    }

    /** An estimate of the heap the phrase dictionary takes, in bytes. */
    synchronized long dictionaryBytes() {
        return phrases.retainedBytes();
    }

    synchronized int phraseCount() {
        return phrases.size();
    }

    static float share(int articlesUsing, int articles) {
        if (articlesUsing < 2) return UNSHARED;
        float common = Math.max(COMMON_FLOOR, COMMON_SHARE * articles);
        return articlesUsing <= common ? 1f : (float) Math.sqrt(common / articlesUsing);
    }

    private char[] candidatesOf(int article) {
        return article < articles.length && articles[article] != null ? articles[article] : NO_CANDIDATES;
    }

    /** Candidate {@code j}'s phrase id and spelling number. */
    static int entry(char[] packed, int j) {
        return packed[SLOT * j] << 16 | packed[SLOT * j + 1];
    }

    /** Candidate {@code j}'s score in its article. */
    static float localScore(char[] packed, int j) {
        return Float.intBitsToFloat(packed[SLOT * j + 2] << 16);
    }
}
