package org.gazette.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multinomial Naive Bayes classifier of articles into categories, trained on the archive's own
 * categorized articles in the same build. The model is a count per category and feature bucket
 * ({@link CategoryFeatures}): a megabyte per category, whatever the number of articles, and
 * training is one pass over each article's features.
 *
 * <p><b>Confidence.</b> Naive Bayes multiplies one probability per feature as if features were
 * independent, so its posteriors for a long article are all but 0 or 1 and say little. The
 * confidence reported is the posterior with the log-likelihoods divided by {@code n^}{@value
 * #TEMPER_EXPONENT} for an article of {@code n} features: a long article is still more certain
 * than a short one, but not absurdly so. The exponent was chosen on the shared corpora so that
 * guesses above 0.8 are right about nine times in ten or more (see {@code docs/quality.md}). The
 * predicted category is the one with the highest raw posterior.
 *
 * <p>{@link #learn} is thread-safe; {@link #predict} may be called from many threads once learning
 * is done.
 */
public final class CategoryClassifier {
    /** Additive smoothing per feature bucket. */
    static final double ALPHA = 0.1;
    /** See the class comment: how much a long article's evidence is discounted in the confidence. */
    static final double TEMPER_EXPONENT = 0.6;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> categories = new ArrayList<>();
    private final List<int[]> counts = new ArrayList<>();
    private long[] totals = new long[4];
    private int[] articles = new int[4];
    private int learned;
    /** Computed on the first prediction: log priors and per-category smoothing denominators. */
    private volatile Model model;

    private record Model(double[] logPrior, double[] logDenominator) { }

    /** One article's features ({@link CategoryFeatures#of}) under {@code category}. Thread-safe. */
    public synchronized void learn(String category, int[] features) {
        Objects.requireNonNull(category, "category");
        int c = index.computeIfAbsent(category, k -> {
            categories.add(k);
            counts.add(new int[CategoryFeatures.BUCKETS]);
            if (categories.size() > totals.length) {
                totals = Arrays.copyOf(totals, totals.length * 2);
                articles = Arrays.copyOf(articles, articles.length * 2);
            }
            return categories.size() - 1;
        });
        int[] row = counts.get(c);
        for (int f : features) row[f]++;
        totals[c] += features.length;
        articles[c]++;
        learned++;
        model = null;
    }

    /** The number of categories learned so far. */
    public synchronized int categoryCount() {
        return categories.size();
    }

    /** The number of articles learned so far. */
    public synchronized int articleCount() {
        return learned;
    }

    /**
     * The most likely category of an article and the confidence in it, or null when nothing was
     * learned, fewer than two categories were (there is nothing to choose), or the article has no
     * features.
     */
    public Prediction predict(int[] features) {
        Model m = model();
        if (m == null || features.length == 0) return null;
        int k = m.logPrior.length;
        double[] score = new double[k];
        for (int c = 0; c < k; c++) {
            int[] row = counts.get(c);
            double sum = 0;
            for (int f : features) sum += Math.log(row[f] + ALPHA);
            score[c] = sum - features.length * m.logDenominator[c];
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (score[c] + m.logPrior[c] > score[best] + m.logPrior[best]) best = c;
        }
        double temper = Math.pow(features.length, TEMPER_EXPONENT);
        double norm = 0;
        for (int c = 0; c < k; c++) norm += Math.exp((score[c] - score[best]) / temper + m.logPrior[c] - m.logPrior[best]);
        return new Prediction(categories.get(best), 1 / norm);
    }

    private Model model() {
        Model m = model;
        if (m != null) return m;
        synchronized (this) {
            int k = categories.size();
            if (k < 2) return null;
            double[] logPrior = new double[k];
            double[] logDenominator = new double[k];
            for (int c = 0; c < k; c++) {
                logPrior[c] = Math.log((articles[c] + 1.0) / (learned + k));
                logDenominator[c] = Math.log(totals[c] + ALPHA * CategoryFeatures.BUCKETS);
            }
            model = m = new Model(logPrior, logDenominator);
            return m;
        }
    }

    /**
     * @param category   the category key
     * @param confidence between 0 and 1, see {@link CategoryClassifier}
     */
    public record Prediction(String category, double confidence) { }
}
