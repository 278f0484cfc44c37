package org.gazette.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gazette.content.ArticleReader;
import org.gazette.dedup.DuplicateDetector;

/**
 * The near-duplicate detector on a planted set: articles of a corpus, plus modified copies of some
 * of them, as a scraped archive holds them. A copy gets other site chrome around it (a breadcrumb,
 * a view counter, comment and related-article headings), one sentence edited, and a paragraph
 * dropped from an article of four paragraphs or more (two from one of eight or more). Copies are
 * made of articles long enough for the detector to compare at all. Every pair the detector puts in
 * one group is counted: a pair of an article and its copy is planted; any other pair is two files
 * of the corpus, right when their texts really are near-duplicates (exact Jaccard similarity of
 * their shingles at least the detector's threshold) and wrong otherwise, as two distinct articles
 * on one topic would be.
 *
 * @param originals    articles taken
 * @param planted      copies planted
 * @param pairsFound   pairs in the detector's groups
 * @param plantedFound of those, article–copy pairs
 * @param corpusPairs  of those, pairs of corpus files whose texts are near-duplicates, with their exact similarity
 * @param wrongPairs   of those, pairs of corpus files whose texts are not, with their exact similarity
 * @param millis       time to sign and group
 */
record DuplicateEvaluation(int originals, int planted, int pairsFound, int plantedFound, List<String> corpusPairs,
                           List<String> wrongPairs, long millis) {
    private static final String[] CHROME_BEFORE = {"Trang chủ > Tin tức > Xã hội", "Cập nhật lúc 08:15", "Lượt xem: 2841"};
    private static final String[] CHROME_AFTER = {"Chia sẻ bài viết", "Bình luận", "Tin khác", "Xem nhiều nhất", "Back To Top"};

    static DuplicateEvaluation run(ArticleReader reader, List<CorpusItem> originals, int copies, long seed) {
        Random random = new Random(seed);
        List<ReadItem> read = new ArrayList<>(originals.parallelStream().map(i -> ReadItem.read(reader, i)).toList());
        List<Integer> copyable = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) if (DuplicateDetector.comparable(read.get(i).body())) copyable.add(i);
        int planted = Math.min(copies, copyable.size());
        int[] copyOf = new int[read.size() + planted];
        Arrays.fill(copyOf, -1);
        for (int c = 0; c < planted; c++) {
            int original = copyable.get(c * copyable.size() / planted);
            CorpusItem o = read.get(original).item();
            copyOf[read.size()] = original;
            read.add(ReadItem.read(reader, new CorpusItem(o.corpus(), "copy of " + o.relPath(), modified(o.text(), random),
                    o.category(), null, null, null)));
        }
        long start = System.nanoTime();
        DuplicateDetector detector = new DuplicateDetector(read.size());
        for (int i = 0; i < read.size(); i++) detector.add(i, read.get(i).body());
        List<int[]> groups = detector.groups();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int found = 0;
        int plantedFound = 0;
        List<String> corpus = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (int[] g : groups) {
            for (int a = 0; a < g.length; a++) {
                for (int b = a + 1; b < g.length; b++) {
                    found++;
                    if (copyOf[g[b]] == g[a] || copyOf[g[a]] == g[b]) {
                        plantedFound++;
                        continue;
                    }
                    ReadItem x = read.get(g[a]);
                    ReadItem y = read.get(g[b]);
                    double exact = DuplicateDetector.exactSimilarity(x.body(), y.body());
                    String pair = String.format(Locale.ROOT, "%s ~ %s (%.2f)", x.item().relPath(), y.item().relPath(), exact);
                    (exact >= DuplicateDetector.THRESHOLD ? corpus : wrong).add(pair);
                }
            }
        }
        return new DuplicateEvaluation(originals.size(), planted, found, plantedFound, corpus, wrong, millis);
    }

    /** Share of the pairs found that are near-duplicates: planted, or texts of the corpus that really are. */
    double precision() {
        return pairsFound == 0 ? 1 : (double) (pairsFound - wrongPairs.size()) / pairsFound;
    }

    /** Share of the planted copies found. */
    double recall() {
        return planted == 0 ? 1 : (double) plantedFound / planted;
    }

    /** The text of a copy: other chrome, one sentence edited, maybe a paragraph or two dropped. */
    static String modified(String text, Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\r?\n")) if (!line.isBlank()) paragraphs.add(line.strip());
        int drop = paragraphs.size() >= 8 ? 2 : paragraphs.size() >= 4 ? 1 : 0;
        for (int d = 0; d < drop; d++) paragraphs.remove(2 + random.nextInt(paragraphs.size() - 2));
        int edited = paragraphs.size() > 1 ? 1 + random.nextInt(paragraphs.size() - 1) : 0;
        paragraphs.set(edited, editOneSentence(paragraphs.get(edited), random));
        List<String> out = new ArrayList<>();
        out.add(paragraphs.get(0));
        out.add(CHROME_BEFORE[random.nextInt(CHROME_BEFORE.length)]);
        out.addAll(paragraphs.subList(1, paragraphs.size()));
        for (String c : CHROME_AFTER) if (random.nextBoolean()) out.add(c);
        return String.join("\n\n", out) + "\n";
    }

    /** Rewrites the first sentence of a paragraph: a few words dropped, a phrase added. */
    private static String editOneSentence(String paragraph, Random random) {
        int end = paragraph.indexOf(". ");
        String sentence = end < 0 ? paragraph : paragraph.substring(0, end);
        String rest = end < 0 ? "" : paragraph.substring(end);
        String[] words = sentence.split(" ");
        StringBuilder edited = new StringBuilder();
        int skipFrom = words.length > 6 ? 1 + random.nextInt(words.length - 4) : words.length;
        for (int w = 0; w < words.length; w++) {
            if (w >= skipFrom && w < skipFrom + 2) continue;
            if (edited.length() > 0) edited.append(' ');
            edited.append(words[w]);
            if (w == words.length / 2) edited.append(" theo thông tin mới nhất");
        }
        return edited + rest;
    }
}
