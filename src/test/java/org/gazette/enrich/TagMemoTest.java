package org.gazette.enrich;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tags reused from an earlier build ({@link TagAssigner#assign(List, TagMemo)}) are the tags a choice
 * from scratch gives, whatever changed in between; and an unchanged archive chooses nothing again.
 */
class TagMemoTest {
    /** A memo in memory, by article number, counting what it gave. */
    private static final class Memo implements TagMemo {
        final Map<Integer, Map.Entry<Long, List<String>>> kept = new HashMap<>();
        int given;

        @Override
        public synchronized List<String> known(int article, long context) {
            Map.Entry<Long, List<String>> e = kept.get(article);
            if (e == null || e.getKey() != context) return null;
            given++;
            return e.getValue();
        }

        @Override
        public synchronized void keep(int article, long context, List<String> tags) {
            kept.put(article, Map.entry(context, tags));
        }
    }

    private static final String[] PHRASES = {"đảng viên", "Đảng viên", "chi bộ", "kết nạp", "Điện Biên", "Dien Bien",
            "Điện Biên Phủ", "Công an Điện Biên", "mưa lũ", "Hà Tĩnh", "Hương Khê", "cà phê", "hồ tiêu", "Buôn Ma Thuột",
            "CAND", "Công an nhân dân", "ngay lập", "ngay lập tức", "bóng đá", "đội tuyển"};

    /** An archive: per article, its candidates (surface and score) and its required tags. */
    private record Archive(List<List<Keyphrase>> candidates, List<List<String>> required) {
        Archive copy() {
            return new Archive(new ArrayList<>(candidates), new ArrayList<>(required));
        }
    }

    private static List<Keyphrase> someCandidates(Random r) {
        List<Keyphrase> out = new ArrayList<>();
        int n = 1 + r.nextInt(7);
        for (int i = 0; i < n; i++) {
            String s = r.nextInt(6) == 0 ? "riêng " + r.nextInt(50) : PHRASES[r.nextInt(PHRASES.length)];
            out.add(new Keyphrase(Keyphrase.keyOf(s), s, 1 + r.nextInt(90) / 10f));
        }
        return out;
    }

    private static Archive archive(Random r, int articles) {
        List<List<Keyphrase>> c = new ArrayList<>();
        List<List<String>> req = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            c.add(someCandidates(r));
            req.add(r.nextInt(8) == 0 ? List.of(PHRASES[r.nextInt(PHRASES.length)]) : List.of());
        }
        return new Archive(c, req);
    }

    private static List<List<String>> assign(Archive a, TagMemo memo) {
        TagAssigner t = new TagAssigner(2, 5);
        for (int i = 0; i < a.candidates().size(); i++) t.add(i, a.candidates().get(i));
        return t.assign(a.required(), memo);
    }

    @Test
    void reusedTagsAreTheTagsChosenFromScratch() {
        for (int seed = 0; seed < 40; seed++) {
            Random r = new Random(seed);
            Archive before = archive(r, 40 + r.nextInt(40));
            Memo memo = new Memo();
            assertThat(assign(before, memo)).isEqualTo(assign(before, null));
            Archive after = before.copy();
            int edited = r.nextInt(after.candidates().size());
            switch (seed % 4) {
                case 0 -> after.candidates().set(edited, someCandidates(r));
                case 1 -> after.required().set(edited, List.of(PHRASES[r.nextInt(PHRASES.length)]));
                case 2 -> { // an article more: the archive's size changes every phrase's share
                    after.candidates().add(someCandidates(r));
                    after.required().add(List.of());
                }
                default -> { // one phrase in many more articles: its share and fragment flag may change
                    for (int i = 0; i < after.candidates().size(); i += 2) {
                        List<Keyphrase> c = new ArrayList<>(after.candidates().get(i));
                        c.add(new Keyphrase(Keyphrase.keyOf("ngay lập tức"), "ngay lập tức", 2f));
                        after.candidates().set(i, c);
                    }
                }
            }
            assertThat(assign(after, memo)).as("seed %d", seed).isEqualTo(assign(after, null));
        }
    }

    @Test
    void anUnchangedArchiveTakesEveryArticlesTagsFromTheMemo() {
        Archive a = archive(new Random(7), 60);
        Memo memo = new Memo();
        assign(a, memo);
        memo.given = 0;
        assign(a, memo);
        assertThat(memo.given).isEqualTo(60);
    }
}
