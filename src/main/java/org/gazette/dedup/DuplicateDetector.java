package org.gazette.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.gazette.text.FoldedWords;
import org.gazette.text.RadixSort;

/**
 * Finds near-duplicate articles: the same story reposted, syndicated or scraped with other chrome,
 * a sentence edited or a few paragraphs dropped. Each article's body gets a {@link MinHash}
 * signature as it is read; {@link #groups} then finds the pairs whose estimated Jaccard similarity
 * of shingles is at least {@value #THRESHOLD}, in time linear in the archive, never comparing every
 * article with every other. (Distinct articles on one topic stay far below: under 0.07 in the
 * shared VNTC corpus, where a copy that lost a paragraph and had a sentence edited scores 0.6 to
 * 0.98; see {@code docs/quality.md}.)
 *
 * <ul>
 *   <li>LSH banding: the signature is cut into {@value #BANDS} bands of {@value #ROWS} positions;
 *       only articles that agree on a whole band are compared. A pair at similarity 0.5 shares a band
 *       with probability 99 %, at 0.4 with 88 %, at 0.2 with 23 %, unrelated articles about never.
 *       Per band, the articles are sorted by the band's value, so equal values sit together.</li>
 *   <li>Within a run of equal values, each article is compared with the {@value #WINDOW} before it
 *       only: a story scraped a thousand times is still found (each copy links to the previous ones)
 *       without a thousand squared comparisons.</li>
 *   <li>Pairs found are joined into groups (union-find), so copies of copies end up together.</li>
 * </ul>
 * Articles with fewer than {@value #MIN_SHINGLES} shingles (a few lines) are left out: too short to
 * tell a copy from a coincidence.
 *
 * <p>{@link #add} is thread-safe for distinct indexes; call {@link #groups} after the last add.
 * The result depends only on the texts and their indexes.
 */
public final class DuplicateDetector {
    static final int BANDS = 32;
    static final int ROWS = MinHash.HASHES / BANDS;
    /** Estimated Jaccard similarity from which two articles are near-duplicates. */
    public static final double THRESHOLD = 0.4;
    static final int WINDOW = 8;
    static final int MIN_SHINGLES = 20;

    private final byte[] signatures;
    private final boolean[] signed;

    /** @param articles the number of indexes {@link #add} may be called with */
    public DuplicateDetector(int articles) {
        this.signatures = new byte[articles * MinHash.HASHES];
        this.signed = new boolean[articles];
    }

    /** Whether a body is long enough to be compared with others. */
    public static boolean comparable(FoldedWords body) {
        return MinHash.shingles(body.size()) >= MIN_SHINGLES;
    }

    /** Signs article {@code index}'s body text. Thread-safe for distinct indexes. */
    public void add(int index, FoldedWords body) {
        add(index, signature(body));
    }

    /** The signature of a body text, or null when it is too short to compare ({@link #comparable}). */
    public static byte[] signature(FoldedWords body) {
        if (!comparable(body)) return null;
        byte[] s = new byte[MinHash.HASHES];
        return MinHash.sign(body, s, 0) ? s : null;
    }

    /** Adds article {@code index} by the {@link #signature} of its body; null leaves it out. Thread-safe for distinct indexes. */
    public void add(int index, byte[] signature) {
        if (signature == null) return;
        if (signature.length != MinHash.HASHES) throw new IllegalArgumentException("not a signature: " + signature.length + " bytes");
        System.arraycopy(signature, 0, signatures, index * MinHash.HASHES, MinHash.HASHES);
        signed[index] = true;
    }

    /** Groups of near-duplicate articles, each sorted by index, the groups by their first index. */
    public List<int[]> groups() {
        int n = signed.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        // each band sorts the articles by its value on its own, so bands run on every core; a group is
        // the same whatever order its pairs join it in
        List<long[]> pairs = IntStream.range(0, BANDS).parallel().mapToObj(this::similarPairs).toList();
        for (long[] band : pairs) {
            for (long pair : band) union(parent, (int) (pair >>> 32), (int) pair);
        }
        return collect(parent);
    }

    /** The similar articles that one band puts next to each other, as pairs {@code a << 32 | b}. */
    private long[] similarPairs(int band) {
        int n = signed.length;
        long[] values = new long[n];
        long[] articles = new long[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!signed[i]) continue;
            values[count] = bandValue(i, band) & 0xFFFFFFFFL;
            articles[count++] = i;
        }
        // stable, and the articles go in by index: a run of equal values is in index order
        RadixSort.sort(values, articles, count);
        long[] out = new long[4];
        int found = 0;
        for (int run = 0; run < count; ) {
            int end = run + 1;
            while (end < count && values[end] == values[run]) end++;
            for (int k = run + 1; k < end; k++) {
                int a = (int) articles[k];
                for (int p = Math.max(run, k - WINDOW); p < k; p++) {
                    int b = (int) articles[p];
                    if (!similar(a, b)) continue;
                    if (found == out.length) out = Arrays.copyOf(out, 2 * found);
                    out[found++] = (long) a << 32 | b;
                }
            }
            run = end;
        }
        return Arrays.copyOf(out, found);
    }

    /** The similarity of two signed articles, as {@link MinHash} estimates it; for reports. */
    public double similarity(int a, int b) {
        return signed[a] && signed[b] ? MinHash.similarity(signatures, a * MinHash.HASHES, b * MinHash.HASHES) : 0;
    }

    /**
     * The exact Jaccard similarity of the shingle sets of two texts, which the detector only
     * estimates: for reports that check what it found.
     */
    public static double exactSimilarity(FoldedWords a, FoldedWords b) {
        return MinHash.exactSimilarity(a, b);
    }

    private boolean similar(int a, int b) {
        return similarity(a, b) >= THRESHOLD;
    }

    private int bandValue(int article, int band) {
        int at = article * MinHash.HASHES + band * ROWS;
        int v = 0;
        for (int r = 0; r < ROWS; r++) v = v << 8 | (signatures[at + r] & 0xFF);
        return v;
    }

    private static List<int[]> collect(int[] parent) {
        int n = parent.length;
        int[] size = new int[n];
        for (int i = 0; i < n; i++) size[find(parent, i)]++;
        int[][] members = new int[n][];
        List<int[]> groups = new ArrayList<>();
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (size[root] < 2) continue;
            if (members[root] == null) {
                members[root] = new int[size[root]];
                groups.add(members[root]);
            }
            members[root][filled[root]++] = i;
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        // the smaller index becomes the root: the same groups whatever the order of the unions
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
    }
}
