package org.gazette.site;

import org.gazette.config.Layout;
import org.gazette.config.SiteConfig;
import org.gazette.text.KeyMemo;
import org.gazette.text.Slugs;

import java.util.ArrayList;
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
        return assemble(config, articles, categoryNames, categoryPath, new KeyMemo());
    }

    /** @param keys tag names' keys, memoized: the step that ordered the tags folded the same names */
    public static Site assemble(SiteConfig config, List<Article> articles, Map<String, String> categoryNames,
                                java.util.function.Function<String, String> categoryPath, KeyMemo keys) {
        List<Article> ordered = ArticleOrder.sorted(articles, config.locale());

        Map<String, IntBuffer> byCategory = new LinkedHashMap<>();
        Map<String, IntBuffer> byTag = new HashMap<>();
        Map<String, Spellings> tagSpellings = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            byCategory.computeIfAbsent(a.categoryKey(), k -> new IntBuffer()).add(i);
            Set<String> seen = new HashSet<>();
            for (String tag : a.tags()) {
                String key = keys.key(tag);
                if (key.isEmpty() || !seen.add(key)) continue;
                byTag.computeIfAbsent(key, k -> new IntBuffer()).add(i);
                tagSpellings.computeIfAbsent(key, k -> new Spellings()).add(tag.strip());
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
        List<Map.Entry<String, IntBuffer>> byKey = new ArrayList<>(new TreeMap<>(byTag).entrySet());
        String[] names = new String[byKey.size()];
        String[] slugs = new String[byKey.size()];
        // a slug normalizes its name, tens of thousands of them: on every core; numbering them stays in key order
        IntStream.range(0, names.length).parallel().forEach(i -> {
            names[i] = tagSpellings.get(byKey.get(i).getKey()).mostFrequent();
            slugs[i] = Slugs.of(names[i]);
        });
        for (int i = 0; i < names.length; i++) {
            Map.Entry<String, IntBuffer> t = byKey.get(i);
            String name = names[i];
            String slug = slugs[i];
            if (slug.isEmpty()) slug = "tag";
            String unique = slug;
            for (int n = 2; !usedSlugs.add(unique); n++) unique = slug + "-" + n;
            int[] idx = t.getValue().toArray();
            tags.put(t.getKey(), new Term(t.getKey(), name, Layout.tagPath(unique), idx,
                    idx.length >= config.minTagArticles()));
        }
        return new Site(config, ordered, categories, tags, Archive.of(ordered), Related.compute(ordered, tags, keys));
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
