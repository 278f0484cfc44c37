package org.gazette.site;

import org.gazette.config.Layout;
import org.gazette.config.SiteConfig;
import org.gazette.text.KeyMemo;
import org.gazette.text.Slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Puts articles in site order and builds the category and tag taxonomies over them. Pure: the
 * same articles always give the same site, whatever order they arrive in.
 */
public final class SiteAssembler {
    private SiteAssembler() {}

    /**
     * @param config        the site configuration
     * @param articles      the published articles, any order
     * @param categoryNames display names by category key, in navigation order
     * @param categoryPath  the page path of a category key
     */
    public static Site assemble(SiteConfig config, List<Article> articles, Map<String, String> categoryNames,
                                java.util.function.Function<String, String> categoryPath) {
        return assemble(config, articles, categoryNames, categoryPath, new KeyMemo(), AssemblyMemo.NONE);
    }

    /**
     * @param keys tag names' keys, memoized: the step that ordered the tags folded the same names
     * @param memo what an earlier build worked out (order, related articles), taken where its inputs are the same; told this build's
     */
    public static Site assemble(SiteConfig config, List<Article> articles, Map<String, String> categoryNames,
                                java.util.function.Function<String, String> categoryPath, KeyMemo keys, AssemblyMemo memo) {
        ArticleOrder.Ordered order = ArticleOrder.sorted(articles, config.locale(), memo);
        List<Article> ordered = order.articles();

        Map<String, IntBuffer> byCategory = new LinkedHashMap<>();
        // one lookup per tag of an article, its articles and spellings together: this loop is serial
        Map<String, Tagged> byTag = new HashMap<>();
        String[] seen = new String[8];
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            byCategory.computeIfAbsent(a.categoryKey(), k -> new IntBuffer()).add(i);
            List<String> articleTags = a.tags();
            if (seen.length < articleTags.size()) seen = new String[articleTags.size()];
            int distinct = 0;
            for (String tag : articleTags) {
                String key = keys.key(tag);
                if (key.isEmpty() || contains(seen, distinct, key)) continue;
                seen[distinct++] = key;
                Tagged t = byTag.computeIfAbsent(key, k -> new Tagged());
                t.articles.add(i);
                t.spellings.add(tag.strip());
            }
        }

        List<Term> categories = new ArrayList<>();
        for (Map.Entry<String, String> c : categoryNames.entrySet()) {
            IntBuffer list = byCategory.get(c.getKey());
            if (list == null) continue;
            categories.add(new Term(c.getKey(), c.getValue(), categoryPath.apply(c.getKey()), list.toArray(), true));
        }

        Map<String, Term> tags = new LinkedHashMap<>();
        Set<String> usedSlugs = new HashSet<>();
        // tags by key, so that which tag gets a numbered slug does not depend on hashing
        String[] byKey = byTag.keySet().toArray(new String[0]);
        Arrays.sort(byKey);
        String[] names = new String[byKey.length];
        String[] slugs = new String[byKey.length];
        // a slug normalizes its name, tens of thousands of them: on every core; numbering them stays in key order
        IntStream.range(0, names.length).parallel().forEach(i -> {
            names[i] = byTag.get(byKey[i]).spellings.mostFrequent();
            slugs[i] = Slugs.of(names[i]);
        });
        for (int i = 0; i < names.length; i++) {
            String key = byKey[i];
            String name = names[i];
            String slug = slugs[i];
            if (slug.isEmpty()) slug = "tag";
            String unique = slug;
            for (int n = 2; !usedSlugs.add(unique); n++) unique = slug + "-" + n;
            int[] idx = byTag.get(key).articles.toArray();
            tags.put(key, new Term(key, name, Layout.tagPath(unique), idx,
                    idx.length >= config.minTagArticles()));
        }
        Related related = Related.compute(ordered, tags, keys, memo);
        memo.keep(order.identities(), related.inputs(), related.slots());
        return new Site(config, ordered, categories, tags, Archive.of(ordered), related);
    }

    private static boolean contains(String[] keys, int n, String key) {
        for (int i = 0; i < n; i++) if (keys[i].equals(key)) return true;
        return false;
    }

    /** One tag's articles, in site order, and its spellings. */
    private static final class Tagged {
        final IntBuffer articles = new IntBuffer();
        final Spellings spellings = new Spellings();
    }

    /**
     * How often each spelling of one tag was used. Nearly every tag has one spelling, so the map of
     * counts is made only for a second one: a tag costs tens of bytes, not a map's hundreds.
     */
    private static final class Spellings {
        private String first;
        private int firstCount;
        private Map<String, Integer> counts;

        void add(String spelling) {
            if (first == null) first = spelling;
            if (counts == null && first.equals(spelling)) {
                firstCount++;
                return;
            }
            if (counts == null) {
                counts = new HashMap<>();
                counts.put(first, firstCount);
            }
            counts.merge(spelling, 1, Integer::sum);
        }

        /** The spelling used most often; ties go to the one that sorts first, for determinism. */
        String mostFrequent() {
            if (counts == null) return first;
            String best = null;
            int bestCount = -1;
            for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }
}
