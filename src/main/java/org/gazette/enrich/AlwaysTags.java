package org.gazette.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.text.FoldedWords;

/**
 * The {@code always} names of {@code site.yaml}: every article whose title or text contains one
 * gets it as a tag, spelled as configured. Names match as whole words, whatever their case and
 * diacritics ({@code Tô Lâm} is found in {@code TÔ LÂM} and {@code To Lam}; punctuation between
 * the words is not seen), in one pass over the article's words. Immutable and thread-safe.
 */
public final class AlwaysTags {
    /** A configured name: how it is shown and its words. */
    private record Name(int order, String shown, long[] words) { }

    private final Map<Long, List<Name>> byFirstWord = new HashMap<>();
    private final int count;

    public AlwaysTags(List<String> names) {
        int order = 0;
        for (String name : names) {
            String shown = name == null ? "" : name.strip();
            long[] words = new FoldedWords().add(shown).toArray();
            if (words.length == 0) continue;
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(order++, shown, words));
        }
        count = order;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The names found in the words of {@code parts} (a title, a body…), in the order {@code site.yaml} lists them. */
    public List<String> in(FoldedWords... parts) {
        if (count == 0) return List.of();
        String[] found = new String[count];
        for (FoldedWords words : parts) {
            for (int i = 0; i < words.size(); i++) {
                List<Name> starting = byFirstWord.get(words.get(i));
                if (starting == null) continue;
                for (Name name : starting) {
                    if (found[name.order()] == null && matchesAt(words, i, name.words())) found[name.order()] = name.shown();
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String f : found) if (f != null) out.add(f);
        return out;
    }

    private static boolean matchesAt(FoldedWords words, int at, long[] name) {
        if (at + name.length > words.size()) return false;
        for (int k = 1; k < name.length; k++) {
            if (words.get(at + k) != name[k]) return false;
        }
        return true;
    }
}
