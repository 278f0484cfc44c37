package org.gazette.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // folding names is the costly part of counting: every distinct name is folded on all cores first
        tags.parallelStream().forEach(article -> article.forEach(keys::key));
        Map<String, Integer> df = new HashMap<>();
        for (List<String> article : tags) {
            Set<String> seen = new HashSet<>();
            for (String tag : article) {
                String key = keys.key(tag);
                if (seen.add(key)) df.merge(key, 1, Integer::sum);
            }
        }
        int n = tags.size();
        // each article's order reads only the counts: articles are ordered in parallel
        return IntStream.range(0, n).parallel().mapToObj(i -> {
            List<String> article = tags.get(i);
            // each tag's usefulness once, not once per comparison: a million articles' tags are many keys
            Map<String, Double> useful = new HashMap<>();
            for (String tag : article) {
                useful.putIfAbsent(tag, -usefulness(df.getOrDefault(keys.key(tag), 0), n, minTagArticles));
            }
            List<String> sorted = new ArrayList<>(article);
            // List.sort is stable: equal usefulness keeps the tagger's order
            sorted.sort(Comparator.comparingDouble(useful::get));
            return List.copyOf(sorted);
        }).toList();
    }

    static double usefulness(int df, int articles, int minTagArticles) {
        if (df < Math.max(1, minTagArticles)) return -1;
        return Math.log1p(df) * (1 - (double) df / articles);
    }
}
