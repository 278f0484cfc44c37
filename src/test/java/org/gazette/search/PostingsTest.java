package org.gazette.search;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PostingsTest {
    @Property(tries = 200)
    void sparsePostingsRoundTrip(@ForAll @IntRange(min = 1, max = 2000) int n, @ForAll long seed) {
        Random r = new Random(seed);
        int[] docs = new int[n];
        byte[] scores = new byte[n];
        int count = 0;
        for (int d = 0; d < n; d++) {
            if (r.nextInt(40) == 0) {
                docs[count] = d;
                scores[count++] = (byte) (1 + r.nextInt(63));
            }
        }
        Postings.Encoded e = Postings.encode(docs, scores, count, n);
        TreeMap<Integer, Integer> expected = new TreeMap<>();
        for (int i = 0; i < count; i++) expected.put(docs[i], (int) scores[i]);
        assertThat(PostingsDecoder.decode(e, true)).isEqualTo(expected);
        TreeMap<Integer, Integer> plain = new TreeMap<>();
        for (int i = 0; i < count; i++) plain.put(docs[i], 1);
        assertThat(PostingsDecoder.decode(Postings.encode(docs, null, count, n), false)).isEqualTo(plain);
    }

    @Test
    void aWordInEveryArticleIsABitmapWithItsBestDocumentsScored() {
        int n = 100_000;
        int[] docs = new int[n];
        byte[] scores = new byte[n];
        for (int d = 0; d < n; d++) {
            docs[d] = d;
            scores[d] = (byte) (d % 997 == 0 ? 63 : 10);
        }
        Postings.Encoded e = Postings.encode(docs, scores, n, n);
        assertThat(e.dense()).isTrue();
        assertThat(e.bitmap()).hasSize((n + 5) / 6);
        assertThat(e.defaultScore()).isEqualTo(10);
        TreeMap<Integer, Integer> back = PostingsDecoder.decode(e, true);
        assertThat(back).hasSize(n);
        for (int d = 0; d < n; d += 997) assertThat(back.get(d)).isEqualTo(63);
        assertThat(e.length()).isLessThan(n / 6 + 3 * Postings.TOP + 8);
    }

    @Test
    void varintsUseFiveBitsPerDigit() {
        // gaps 31 (the first document), 32 and 2^20
        Postings.Encoded e = Postings.encode(new int[] {31, 64, 65 + (1 << 20)}, null, 3, 1 << 22);
        assertThat(e.sparse()).isEqualTo("f" + "gB" + "ggggB");
        assertThat(Postings.varintLength(1 << 20)).isEqualTo(5);
    }

    @Test
    void scoresSaturateWithTermFrequencyAndFallWithLength() {
        assertThat(SearchIndexWriter.quantise(1, 100, 100)).isLessThan(SearchIndexWriter.quantise(5, 100, 100));
        assertThat(SearchIndexWriter.quantise(5, 400, 100)).isLessThan(SearchIndexWriter.quantise(5, 100, 100));
        assertThat(SearchIndexWriter.quantise(10_000, 1, 100)).isEqualTo((byte) 63);
        assertThat(SearchIndexWriter.quantise(1, 100_000, 1)).isEqualTo((byte) 1);
    }
}
