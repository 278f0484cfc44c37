package org.gazette.search;

import org.gazette.text.Folding;
import org.gazette.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one article, each with its weighted term frequency (a title word counts
 * {@link #TITLE}, a tag word {@link #TAGS}, a lede word {@link #LEDE}, a body word {@link #BODY}):
 * <ul>
 *   <li>folded words ({@code dien});</li>
 *   <li>folded pairs of neighbouring words ({@code dien bien}), for phrases and the adjacency bonus;</li>
 *   <li>spellings with diacritics ({@code dien\u0001điện}), for the bonus an exactly spelled query
 *       gets; they sort right after their folded word, so they land in the same file group;</li>
 *   <li>tags ({@code #dien bien}), for the tag filter.</li>
 * </ul>
 * Not thread-safe: one instance per article.
 */
final class DocTerms {
    static final int TITLE = 4;
    static final int TAGS = 3;
    static final int LEDE = 2;
    static final int BODY = 1;

    /** Separates a folded word from one of its spellings in an exact-spelling key. */
    static final char SPELLING = '\u0001';
    /** Starts a tag key. */
    static final char TAG = '#';

    private static final int CACHE_LIMIT = 200_000;
    /** Word → {folded, exact or null when the exact spelling is the folded one}; words repeat a lot. */
    private static final ThreadLocal<Map<String, String[]>> FORMS = ThreadLocal.withInitial(HashMap::new);

    private final Map<String, int[]> tf = new HashMap<>(2048);
    private int length;

    /** Adds a field's text; {@code counted} says whether it adds to the document length. */
    void add(String text, int weight, boolean counted) {
        List<String> words = Tokenizer.words(text);
        String prev = null;
        for (String w : words) {
            String[] f = forms(w);
            if (f == null) continue;
            bump(f[0], weight);
            if (f[1] != null) bump(f[0] + SPELLING + f[1], weight);
            if (prev != null) bump(prev + ' ' + f[0], weight);
            prev = f[0];
            if (counted) length++;
        }
    }

    /** Adds a tag: its words like any other field, and the tag itself as a filter term. */
    void addTag(String tag) {
        add(tag, TAGS, true);
        String key = tagKey(tag);
        if (key.length() > 1) tf.putIfAbsent(key, new int[] {1});
    }

    /** The filter term of a tag: {@code #} and its folded words, one space apart. */
    static String tagKey(String tag) {
        List<String> parts = new ArrayList<>();
        for (String w : Tokenizer.words(tag)) {
            String[] f = forms(w);
            if (f != null) parts.add(f[0]);
        }
        return TAG + String.join(" ", parts);
    }

    Map<String, int[]> terms() {
        return tf;
    }

    /** Words counted toward the length normalisation of BM25. */
    int length() {
        return length;
    }

    private void bump(String key, int weight) {
        int[] c = tf.get(key);
        if (c == null) tf.put(key, new int[] {weight});
        else c[0] += weight;
    }

    /** {folded, exact-or-null}, or null for a word that folds to nothing (a lone combining mark). */
    private static String[] forms(String word) {
        Map<String, String[]> cache = FORMS.get();
        String[] f = cache.get(word);
        if (f != null) return f.length == 0 ? null : f;
        String folded = Folding.fold(word);
        String exact = Tokenizer.exact(word);
        f = folded.isEmpty() ? new String[0] : new String[] {folded, exact.equals(folded) ? null : exact};
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(word, f);
        return f.length == 0 ? null : f;
    }
}
