package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void numbersStringsInOrderOfFirstUse() {
        Vocabulary v = new Vocabulary();
        assertThat(v.id("đảng")).isZero();
        assertThat(v.id("an")).isEqualTo(1);
        assertThat(v.id("đảng")).isZero();
    }

    @Test
    void aSnapshotSortsByUtf16UnitsAndRanksEveryNumber() {
        Vocabulary v = new Vocabulary();
        for (String s : List.of("đảng", "an", "ba", "Ba")) v.id(s);
        Vocabulary.Sorted sorted = v.sorted();
        assertThat(sorted.strings()).containsExactly("Ba", "an", "ba", "đảng");
        assertThat(sorted.rank(v.id("đảng"))).isEqualTo(3);
        assertThat(sorted.id(0)).isEqualTo(v.id("Ba"));
    }

    /**
     * Snapshots taken while strings are added (as spills take them) equal one sort of everything so
     * far: the strings added since a snapshot are merged into it, never lost, repeated or misplaced.
     */
    @Property
    void everySnapshotIsTheWholeVocabularySorted(@ForAll @Size(max = 60) List<@StringLength(max = 4) String> words,
                                                 @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 60) Integer> snapshotsAt) {
        Vocabulary v = new Vocabulary();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i <= words.size(); i++) {
            if (snapshotsAt.contains(i)) assertSnapshot(v, seen);
            if (i == words.size()) break;
            String w = words.get(i);
            v.id(w);
            if (!seen.contains(w)) seen.add(w);
        }
        assertSnapshot(v, seen);
    }

    private static void assertSnapshot(Vocabulary v, List<String> seen) {
        Vocabulary.Sorted sorted = v.sorted();
        assertThat(sorted.strings()).containsExactlyElementsOf(seen.stream().sorted().toList());
        for (int id = 0; id < seen.size(); id++) {
            assertThat(sorted.string(sorted.rank(id))).isEqualTo(seen.get(id));
            assertThat(sorted.id(sorted.rank(id))).isEqualTo(id);
        }
    }
}
