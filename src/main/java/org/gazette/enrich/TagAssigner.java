package org.gazette.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * <p><b>Selection.</b> Explicit tags come first, all of them (duplicates by key removed). Then
 * candidates, best first, until {@code maxTags}. To keep an article's tags diverse, each word a
 * candidate shares with a chosen tag multiplies its score by {@value #REPEATED_WORD} ({@code Đảng
 * ủy} after {@code đảng viên}), and a phrase that contains or is contained in a chosen one is
 * skipped ({@code huyện Điện Biên} after {@code Điện Biên}). Past {@code minTags}, a candidate must
 * also be strong in its article: a local score of at least {@value #MIN_RELATIVE} of the article's
 * best. So shared phrases come first, and a strong unshared name ({@code Tô Lâm} in the only
 * article about him) still gets in when they leave room.
 *
 * <p><b>Display.</b> Variants differing in case or diacritics share a key and a tag; each article
 * shows it in the archive's spelling of its own word, see {@link TagSpellings}.
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
    private static final int ID_BITS = 28;
    private static final int ID_MASK = (1 << ID_BITS) - 1;
    /** Chars per stored candidate: see {@link #add}. */
    private static final int SLOT = 3;
    private static final char[] NO_CANDIDATES = new char[0];
    private static final Comparator<Keyphrase> BEST_FIRST =
            Comparator.comparing((Keyphrase k) -> -k.score()).thenComparing(Keyphrase::key);

    private final int minTags;
    private final int maxTags;
    private final PhraseTable phrases = new PhraseTable();
    private char[][] articles = new char[1024][];
    private int articleCount;

    /**
     * @param minTags tags to reach when an article's candidates allow
     * @param maxTags tags at most, unless an article has more explicit tags (all are kept)
     */
    public TagAssigner(int minTags, int maxTags) {
        if (minTags < 0 || maxTags < 1 || minTags > maxTags) {
            throw new IllegalArgumentException("need 0 <= minTags <= maxTags and maxTags >= 1, got " + minTags + " and " + maxTags);
        }
        this.minTags = minTags;
        this.maxTags = maxTags;
    }

    /** Records the candidates of article {@code articleIndex} (0-based, each index once). Thread-safe. */
    public void add(int articleIndex, List<Keyphrase> candidates) {
        if (articleIndex < 0) throw new IllegalArgumentException("negative article index " + articleIndex);
        List<Keyphrase> kept = best(candidates);
        synchronized (this) {
            if (articleIndex >= articles.length) {
                articles = Arrays.copyOf(articles, Math.max(articleIndex + 1, articles.length * 2));
            }
            if (articles[articleIndex] != null) throw new IllegalArgumentException("article " + articleIndex + " added twice");
            // per candidate: the phrase id with the number of the article's spelling in its top 4 bits,
            // as two chars, then the score as a bfloat16 (the top half of the float's bits: 3 significant
            // digits, enough to rank)
            char[] packed = kept.isEmpty() ? NO_CANDIDATES : new char[SLOT * kept.size()];
            for (int j = 0; j < kept.size(); j++) {
                Keyphrase c = kept.get(j);
                int id = phrases.intern(c.key());
                if (id > ID_MASK) throw new IllegalStateException("more than " + ID_MASK + " distinct phrases");
                int entry = id | phrases.addUse(id, c.surface()) << ID_BITS;
                packed[SLOT * j] = (char) (entry >>> 16);
                packed[SLOT * j + 1] = (char) entry;
                packed[SLOT * j + 2] = (char) (Float.floatToIntBits(c.score()) >>> 16);
            }
            articles[articleIndex] = packed;
            articleCount = Math.max(articleCount, articleIndex + 1);
        }
    }

    /**
     * The tags of every article, best first, in display form.
     *
     * @param explicit for each article {@code i}, the tags it gave itself (front matter, "Từ khóa:"
     *                 lines); its size is the number of articles, more than the highest index added
     */
    public synchronized List<List<String>> assign(List<List<String>> explicit) {
        Objects.requireNonNull(explicit, "explicit");
        int n = explicit.size();
        if (n < articleCount) {
            throw new IllegalArgumentException("explicit tags for " + n + " articles, but candidates for article " + (articleCount - 1));
        }
        Archive archive = new Archive(n);
        for (int i = 0; i < n; i++) {
            Map<String, String> tags = explicitTags(explicit.get(i), i);
            archive.explicit.add(tags);
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                int id = phrases.find(tag.getKey());
                if (id < 0) continue;
                if (!contains(candidatesOf(i), id)) archive.explicitUses[id]++;
                archive.spellings.addExplicit(id, tag.getValue());
            }
        }
        markFragments(archive);
        // each article's choice only reads what is shared, so articles are chosen in parallel
        return IntStream.range(0, n).parallel().mapToObj(i -> List.copyOf(select(i, archive))).collect(Collectors.toUnmodifiableList());
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

    /** What {@link #assign} learns about the archive before choosing any article's tags. */
    private final class Archive {
        final int articles;
        final List<Map<String, String>> explicit;
        final int[] explicitUses = new int[phrases.size()];
        final boolean[] fragment = new boolean[phrases.size()];
        final TagSpellings spellings = new TagSpellings(phrases);

        Archive(int articles) {
            this.articles = articles;
            this.explicit = new ArrayList<>(articles);
        }

        int uses(int id) {
            return phrases.articleCount(id) + explicitUses[id];
        }
    }

    private void markFragments(Archive archive) {
        int[] longerUses = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String key = phrases.key(id);
            int firstSpace = key.indexOf(' ');
            if (firstSpace < 0) continue;
            int prefix = phrases.find(key.substring(0, key.lastIndexOf(' ')));
            int suffix = phrases.find(key.substring(firstSpace + 1));
            int uses = archive.uses(id);
            if (prefix >= 0) longerUses[prefix] = Math.max(longerUses[prefix], uses);
            if (suffix >= 0) longerUses[suffix] = Math.max(longerUses[suffix], uses);
        }
        for (int id = 0; id < phrases.size(); id++) {
            int uses = archive.uses(id);
            if (uses < 2 || longerUses[id] < FRAGMENT_SHARE * uses) continue;
            // only common phrases of several words: a single word or a name stands on its own
            // next to a longer phrase holding it (Đảng, đảng viên; Điện Biên, Điện Biên Phủ)
            boolean name = false;
            for (int k = 0; k < phrases.spellingCount(id) && !name; k++) name = Character.isUpperCase(phrases.spelling(id, k).codePointAt(0));
            archive.fragment[id] = !name && phrases.key(id).indexOf(' ') > 0;
        }
    }

    private List<String> select(int article, Archive archive) {
        char[] packed = candidatesOf(article);
        int k = packed.length / SLOT;
        float[] local = new float[k];
        float[] scores = new float[k];
        String[] keys = new String[k];
        String[][] words = new String[k][];
        float bestLocal = 0;
        for (int j = 0; j < k; j++) {
            int id = entry(packed, j) & ID_MASK;
            local[j] = Float.intBitsToFloat(packed[SLOT * j + 2] << 16);
            bestLocal = Math.max(bestLocal, local[j]);
            scores[j] = local[j] * share(archive.uses(id), archive.articles);
            keys[j] = phrases.key(id);
            words[j] = keys[j].split(" ");
        }
        Map<String, String> explicitTags = archive.explicit.get(article);
        List<String> tags = new ArrayList<>(explicitTags.values());
        List<String> chosenKeys = new ArrayList<>(explicitTags.keySet());
        Set<String> chosenWords = new HashSet<>();
        for (String key : chosenKeys) chosenWords.addAll(Arrays.asList(key.split(" ")));
        boolean[] done = new boolean[k];
        for (int round = 0; round < k && tags.size() < maxTags; round++) {
            int j = next(scores, keys, words, done, chosenWords);
            done[j] = true;
            int id = entry(packed, j) & ID_MASK;
            if (archive.fragment[id] || overlapsAny(keys[j], chosenKeys)) continue;
            if (tags.size() >= minTags && local[j] < MIN_RELATIVE * bestLocal) continue;
            chosenKeys.add(keys[j]);
            chosenWords.addAll(Arrays.asList(words[j]));
            tags.add(archive.spellings.shown(id, entry(packed, j) >>> ID_BITS));
        }
        return tags;
    }

    /** The best candidate not yet considered, each word it shares with a chosen tag lowering its score; ties by key. */
    private static int next(float[] scores, String[] keys, String[][] words, boolean[] done, Set<String> chosenWords) {
        int best = -1;
        float bestScore = 0;
        for (int j = 0; j < scores.length; j++) {
            if (done[j]) continue;
            float score = scores[j];
            for (String word : words[j]) {
                if (chosenWords.contains(word)) score *= REPEATED_WORD;
            }
            if (best < 0 || score > bestScore || (score == bestScore && keys[j].compareTo(keys[best]) < 0)) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    static float share(int articlesUsing, int articles) {
        if (articlesUsing < 2) return UNSHARED;
        float common = Math.max(COMMON_FLOOR, COMMON_SHARE * articles);
        return articlesUsing <= common ? 1f : (float) Math.sqrt(common / articlesUsing);
    }

    /**
     * Equal keys, or phrases of several words of which one contains the other word for word
     * ({@code huyen dien bien}, {@code dien bien}). A single word is its own tag next to longer
     * ones ({@code dang}, {@code dang vien}).
     */
    static boolean overlapsAny(String key, List<String> chosen) {
        String padded = " " + key + " ";
        boolean severalWords = key.indexOf(' ') >= 0;
        for (String c : chosen) {
            if (key.equals(c)) return true;
            if (severalWords && c.indexOf(' ') >= 0 && (padded.contains(" " + c + " ") || (" " + c + " ").contains(padded))) {
                return true;
            }
        }
        return false;
    }

    private char[] candidatesOf(int article) {
        return article < articles.length && articles[article] != null ? articles[article] : NO_CANDIDATES;
    }

    /** Candidate {@code j}'s phrase id and spelling number. */
    private static int entry(char[] packed, int j) {
        return packed[SLOT * j] << 16 | packed[SLOT * j + 1];
    }

    private static boolean contains(char[] packed, int id) {
        for (int j = 0; j < packed.length / SLOT; j++) {
            if ((entry(packed, j) & ID_MASK) == id) return true;
        }
        return false;
    }

    private static List<Keyphrase> best(List<Keyphrase> candidates) {
        List<Keyphrase> usable = new ArrayList<>(candidates.size());
        for (Keyphrase c : candidates) {
            boolean ok = c.key().length() <= MAX_PHRASE_CHARS && c.surface().length() <= MAX_PHRASE_CHARS
                    && !c.surface().isBlank() && Float.isFinite(c.score());
            if (ok) usable.add(c);
        }
        usable.sort(BEST_FIRST);
        Map<String, Keyphrase> byKey = new LinkedHashMap<>();
        for (Keyphrase c : usable) {
            if (byKey.size() == KeyphraseExtractor.MAX_CANDIDATES) break;
            byKey.putIfAbsent(c.key(), c);
        }
        return new ArrayList<>(byKey.values());
    }

    /** The article's explicit tags by key, trimmed, blank and duplicate ones dropped, in their order. */
    private static Map<String, String> explicitTags(List<String> tags, int article) {
        Objects.requireNonNull(tags, () -> "explicit tags of article " + article);
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip();
            if (!t.isEmpty()) byKey.putIfAbsent(Keyphrase.keyOf(t), t);
        }
        return byKey;
    }
}
