package org.gazette.enrich;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.gazette.text.KeyMemo;

/**
 * Orders each article's tags by how useful they are to a reader, which is what the article page
 * shows first. A tag without a page (fewer than {@code minTagArticles} articles) leads nowhere and
 * goes last. Among the others, a tag is the more useful the more articles it leads to, until it
 * leads to nearly all of them and tells nothing: {@code ln(1 + df) × (1 − df / N)}. Ties keep the
 * tagger's order, which is relevance to the article. Counts are by identity key, as tag pages are.
 */
public final class TagOrder {
    private TagOrder() {}

    /**
     * @param tags           every published article's tags
     * @param minTagArticles articles a tag needs for its page
     * @return the same tags per article, most useful first
     */
    public static List<List<String>> byUsefulness(List<List<String>> tags, int minTagArticles) {
        return byUsefulness(tags, minTagArticles, new KeyMemo());
    }

    /** @param keys the tags' keys, memoized; the site's assembly folds the same names */
    public static List<List<String>> byUsefulness(List<List<String>> tags, int minTagArticles, KeyMemo keys) {
        int n = tags.size();
        // folding (or finding the fold of) names is the costly part: once per tag, on all cores
        String[][] articleKeys = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            List<String> article = tags.get(i);
            String[] k = new String[article.size()];
            for (int j = 0; j < k.length; j++) k[j] = keys.key(article.get(j));
            articleKeys[i] = k;
        });
        // articles per key, counted on all cores too; an article counts once per key
        ConcurrentHashMap<String, AtomicInteger> df = new ConcurrentHashMap<>();
        IntStream.range(0, n).parallel().forEach(i -> {
            String[] k = articleKeys[i];
            for (int j = 0; j < k.length; j++) {
                if (occursBefore(k, j)) continue;
                AtomicInteger count = df.get(k[j]); // most keys are known: a plain read takes no lock
                if (count == null) count = df.computeIfAbsent(k[j], key -> new AtomicInteger());
                count.incrementAndGet();
            }
        });
        // each article's order reads only the counts: articles are ordered in parallel
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            String[] sorted = tags.get(i).toArray(String[]::new);
            String[] k = articleKeys[i];
            double[] useful = new double[sorted.length];
            for (int j = 0; j < useful.length; j++) useful[j] = usefulness(df.get(k[j]).get(), n, minTagArticles);
            // insertion sort, most useful first: an article has a few tags, and a tag moves only
            // past less useful ones, so equal usefulness keeps the tagger's order
            for (int j = 1; j < sorted.length; j++) {
                for (int x = j; x > 0 && useful[x - 1] < useful[x]; x--) {
                    String tag = sorted[x];
                    sorted[x] = sorted[x - 1];
                    sorted[x - 1] = tag;
                    double u = useful[x];
                    useful[x] = useful[x - 1];
                    useful[x - 1] = u;
                }
            }
            return List.of(sorted);
        }).toList();
    }

    private static boolean occursBefore(String[] keys, int j) {
        for (int e = 0; e < j; e++) {
            if (keys[e].equals(keys[j])) return true;
        }
        return false;
    }

    static double usefulness(int df, int articles, int minTagArticles) {
        if (df < Math.max(1, minTagArticles)) return -1;
        return Math.log1p(df) * (1 - (double) df / articles);
    }
}
