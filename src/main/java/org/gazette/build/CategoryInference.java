package org.gazette.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.gazette.classify.CategoryClassifier;
import org.gazette.content.SourceFile;
import org.gazette.enrich.Categories;
import org.gazette.text.Slugs;

/**
 * Categories for articles that give none (files at the root of {@code content/} without a
 * {@code category} in their front matter), guessed from the archive's categorized articles.
 *
 * <p>While files are read, in parallel, {@link #observe} trains the classifier on every
 * categorized article, which leaves only counts per category behind, and keeps the features of
 * the uncategorized ones while they fit a memory budget; past it, {@link #guess} gets an article's
 * features by reading its file again. So an archive of a million categorized articles costs the
 * model's fixed size, and one of a million uncategorized ones a second reading of the files that
 * did not fit.
 */
final class CategoryInference {
    private final CategoryClassifier classifier = new CategoryClassifier();
    private final Map<Integer, int[]> pending = new ConcurrentHashMap<>();
    private final Set<Integer> overflow = ConcurrentHashMap.newKeySet();
    private final AtomicLong pendingBytes = new AtomicLong();
    private final long budgetBytes;
    /** Per category key, the name it is written as by the categorized article of lowest index. */
    private final Map<String, Map.Entry<Integer, String>> names = new HashMap<>();

    CategoryInference(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * Learns from article {@code index} if it has a category, else remembers it for {@link #guess}. Thread-safe.
     *
     * @param category the category its front matter gives, or null
     * @param features its {@link org.gazette.classify.CategoryFeatures}
     */
    void observe(int index, SourceFile file, String category, int[] features) {
        String given = Categories.given(file, category);
        if (given != null) {
            String key = Slugs.of(given);
            classifier.learn(key, features);
            synchronized (names) {
                Map.Entry<Integer, String> seen = names.get(key);
                if (seen == null || seen.getKey() > index) names.put(key, Map.entry(index, given));
            }
        } else if (pendingBytes.addAndGet(4L * features.length + 48) <= budgetBytes) {
            pending.put(index, features);
        } else {
            pendingBytes.addAndGet(-(4L * features.length + 48));
            overflow.add(index);
        }
    }

    /**
     * Guesses the category of every article that gave none, in index order.
     *
     * @param threshold       the confidence from which a guess is applied
     * @param reread          the features of an article whose features were not kept, read again
     * @return per article index, the guess; empty when fewer than two categories were learned
     */
    Map<Integer, CategoryGuess> guess(double threshold, IntFunction<int[]> reread) {
        Map<Integer, CategoryGuess> out = new TreeMap<>();
        if (classifier.categoryCount() < 2) return out;
        TreeSet<Integer> all = new TreeSet<>(overflow);
        all.addAll(pending.keySet());
        for (int i : all) {
            int[] features = pending.containsKey(i) ? pending.remove(i) : reread.apply(i);
            CategoryClassifier.Prediction p = features == null ? null : classifier.predict(features);
            if (p != null) out.put(i, new CategoryGuess(p.category(), p.confidence(), p.confidence() >= threshold));
        }
        return out;
    }

    /** How the categorized articles write category {@code key}, for an article that gets it by a guess. */
    String name(String key) {
        synchronized (names) {
            Map.Entry<Integer, String> seen = names.get(key);
            return seen == null ? key : seen.getValue();
        }
    }
}
