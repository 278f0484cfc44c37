package org.gazette.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gazette.classify.CategoryClassifier;
import org.gazette.classify.CategoryFeatures;

/**
 * Trains the category classifier on part of a labelled corpus and predicts the rest: every fifth
 * article of each category (in file order) is held out, the others train, as a build trains on an
 * archive's categorized articles and guesses the others.
 *
 * @param corpus      the corpus's name
 * @param trained     articles trained on
 * @param labels      the categories, sorted
 * @param truth       true category of each held-out article
 * @param predicted   predicted category of each held-out article (null: no prediction)
 * @param confidence  confidence of each prediction
 * @param millis      time to train and predict
 */
record CategoryEvaluation(String corpus, int trained, List<String> labels, List<String> truth, List<String> predicted,
                          List<Double> confidence, long millis) {
    /** Every {@value}-th article of a category is held out. */
    static final int FOLD = 5;

    static CategoryEvaluation run(String corpus, List<ReadItem> items) {
        long start = System.nanoTime();
        CategoryClassifier classifier = new CategoryClassifier();
        Map<String, Integer> seen = new TreeMap<>();
        List<ReadItem> heldOut = new ArrayList<>();
        for (ReadItem r : items) {
            if (r.parsed() == null || r.item().category() == null) continue;
            int n = seen.merge(r.item().category(), 1, Integer::sum);
            if (n % FOLD == 0) heldOut.add(r);
            else classifier.learn(r.item().category(), CategoryFeatures.of(r.title(), r.body()));
        }
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<Double> confidence = new ArrayList<>();
        for (ReadItem r : heldOut) {
            CategoryClassifier.Prediction p = classifier.predict(CategoryFeatures.of(r.title(), r.body()));
            truth.add(r.item().category());
            predicted.add(p == null ? null : p.category());
            confidence.add(p == null ? 0 : p.confidence());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CategoryEvaluation(corpus, classifier.articleCount(), List.copyOf(new TreeSet<>(seen.keySet())),
                truth, predicted, confidence, millis);
    }

    int tested() {
        return truth.size();
    }

    /** Share of held-out articles predicted right. */
    double accuracy() {
        return accuracy(0);
    }

    /** Share of held-out articles predicted with at least {@code threshold} confidence. */
    double coverage(double threshold) {
        if (truth.isEmpty()) return 0;
        long n = confidence.stream().filter(c -> c >= threshold).count();
        return (double) n / truth.size();
    }

    /** Share right among the held-out articles predicted with at least {@code threshold} confidence. */
    double accuracy(double threshold) {
        int n = 0;
        int right = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (confidence.get(i) < threshold || predicted.get(i) == null) continue;
            n++;
            if (truth.get(i).equals(predicted.get(i))) right++;
        }
        return n == 0 ? 0 : (double) right / n;
    }

    /** counts[true][predicted], in the order of {@link #labels}. */
    int[][] confusion() {
        int[][] m = new int[labels.size()][labels.size()];
        for (int i = 0; i < truth.size(); i++) {
            if (predicted.get(i) == null) continue;
            m[labels.indexOf(truth.get(i))][labels.indexOf(predicted.get(i))]++;
        }
        return m;
    }
}
