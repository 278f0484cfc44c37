package org.gazette.search;

import org.gazette.text.Folding;
import org.gazette.text.Tokenizer;


/**
 * The terms of one article, each with its weighted term frequency (a title word counts
 * {@link #TITLE}, a tag word {@link #TAGS}, a lede word {@link #LEDE}, a body word {@link #BODY}):
 * <ul>
 *   <li>folded words ({@code dien});</li>
 *   <li>folded pairs of neighbouring words ({@code dien bien}), for phrases and the adjacency bonus,
 *       and the same pairs as they stand in the title ({@code dien bien\u0002}), for the bonus of a
 *       phrase in the headline: the strongest sign that an article is about what was typed;</li>
 *   <li>spellings with diacritics ({@code dien\u0001điện}), for the bonus an exactly spelled query
 *       gets; with the pairs they sort right after their word, and travel with it in the files;</li>
 *   <li>tags ({@code #dien bien}), for the tag filter.</li>
 * </ul>
 * A term is a long ({@link #pack}): its kind and the numbers of its strings in the shared
 * {@link Vocabularies}; {@code PostingRuns} spells it out when it spills. Not thread-safe: one per thread,
 * {@link #clear}ed between articles.
 */
final class DocTerms {
    static final int TITLE = 4;
    static final int TAGS = 3;
    static final int LEDE = 2;
    static final int BODY = 1;

    /** Separates a folded word from one of its spellings in a spelling key. */
    static final char SPELLING = '\u0001';
    /** Ends the key of a pair that stands in the title. */
    static final char TITLE_PAIR = '\u0002';
    /** Starts a tag key. */
    static final char TAG = '#';
    /** Marks a title pair: set on the second word's number (word numbers stay below it). */
    static final int TITLE_FLAG = 1 << 30;

    static final int WORD_KIND = 0;
    static final int SPELLING_KIND = 1;
    static final int PAIR_KIND = 2;
    static final int TAG_KIND = 3;

    private static final int CACHE_LIMIT = 200_000;
    /** The forms of a word that folds to nothing (word numbers are never negative). */
    private static final long NOTHING = -1L;

    /** The vocabularies of one index: words, spellings and tags. */
    record Vocabularies(Vocabulary words, Vocabulary spellings, Vocabulary tags) {
        Vocabularies() {
            this(new Vocabulary(), new Vocabulary(), new Vocabulary());
        }
    }

    private final Vocabularies vocab;
    /** Word as written → its forms ({@link #formsOf}); words repeat a lot. */
    private final WordCache forms = new WordCache();
    private int prev;
    /** The field being added, as characters (reused). */
    private char[] chars = new char[1024];
    private final LongIntMap tf = new LongIntMap();
    private int length;

    DocTerms(Vocabularies vocab) {
        this.vocab = vocab;
    }

    static long pack(int kind, int a, int b) {
        return ((long) kind << 62) | ((long) a << 31) | b;
    }

    static int kind(long term) {
        return (int) (term >>> 62);
    }

    static int first(long term) {
        return (int) (term >>> 31) & 0x7FFFFFFF;
    }

    static int second(long term) {
        return (int) term & 0x7FFFFFFF;
    }

    void clear() {
        tf.clear();
        length = 0;
        if (forms.size() > CACHE_LIMIT) forms.clear();
    }

    /** Adds a field's text; {@code counted} says whether it adds to the document length. */
    void add(String text, int weight, boolean counted) {
        prev = -1;
        int n = text.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        char[] buf = chars;
        text.getChars(0, n, buf, 0);
        Tokenizer.forEach(buf, n, (start, end) -> {
            long f = forms.get(buf, start, end);
            if (f == WordCache.MISSING) f = forms.put(buf, start, end, formsOf(new String(buf, start, end - start)));
            if (f == NOTHING) return; // folds to nothing: a lone combining mark
            int word = (int) (f >>> 32);
            int spelling = (int) f;
            tf.add(pack(WORD_KIND, word, 0), weight);
            if (spelling >= 0) tf.add(pack(SPELLING_KIND, word, spelling), weight);
            if (prev >= 0) {
                tf.add(pack(PAIR_KIND, prev, word), weight);
                if (weight == TITLE) tf.add(pack(PAIR_KIND, prev, word | TITLE_FLAG), 1);
            }
            prev = word;
            if (counted) length++;
        });
    }

    /** Adds a tag: its words like any other field, and the tag itself as a filter term. */
    void addTag(String tag) {
        add(tag, TAGS, true);
        String key = tagKey(tag);
        if (key.length() > 1) tf.add(pack(TAG_KIND, vocab.tags().id(key), 0), 1);
    }

    /** The filter term of a tag: {@code #} and its folded words, one space apart; the page computes the same. */
    static String tagKey(String tag) {
        StringBuilder sb = new StringBuilder().append(TAG);
        for (String w : Tokenizer.words(tag)) {
            String f = Folding.fold(w);
            if (f.isEmpty()) continue;
            if (sb.length() > 1) sb.append(' ');
            sb.append(f);
        }
        return sb.toString();
    }

    LongIntMap terms() {
        return tf;
    }

    /** Words counted toward the length normalisation of BM25. */
    int length() {
        return length;
    }

    /**
     * The folded word's number (high half) and the spelling's number or -1 (low half), or
     * {@link #NOTHING} for a word that folds to nothing.
     */
    private long formsOf(String word) {
        String folded = Folding.fold(word);
        if (folded.isEmpty()) return NOTHING;
        String exact = Tokenizer.exact(word);
        int folding = vocab.words().id(folded);
        int spelling = exact.equals(folded) ? -1 : vocab.spellings().id(exact);
        return (long) folding << 32 | (spelling & 0xFFFFFFFFL);
    }
}
