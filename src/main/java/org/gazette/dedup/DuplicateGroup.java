package org.gazette.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Near-duplicate articles, one of them chosen to be published as the canonical article.
 *
 * @param canonical the index of the article to publish
 * @param copies    the indexes of the others, ascending
 */
public record DuplicateGroup(int canonical, int[] copies) {
    public DuplicateGroup {
        Objects.requireNonNull(copies, "copies");
    }

    /**
     * Chooses each group's canonical article: the first of its members in {@code preference}
     * order, which must be total so that the choice never depends on anything else.
     */
    public static List<DuplicateGroup> choose(List<int[]> groups, Comparator<Integer> preference) {
        List<DuplicateGroup> out = new ArrayList<>(groups.size());
        for (int[] g : groups) {
            int best = g[0];
            for (int i : g) if (preference.compare(i, best) < 0) best = i;
            int canonical = best;
            out.add(new DuplicateGroup(canonical, Arrays.stream(g).filter(i -> i != canonical).sorted().toArray()));
        }
        return out;
    }

    // Value semantics for the array component.
    @Override
    public boolean equals(Object o) {
        return o instanceof DuplicateGroup d && canonical == d.canonical && Arrays.equals(copies, d.copies);
    }

    @Override
    public int hashCode() {
        return 31 * canonical + Arrays.hashCode(copies);
    }

    @Override
    public String toString() {
        return "DuplicateGroup[" + canonical + " <- " + Arrays.toString(copies) + "]";
    }
}
