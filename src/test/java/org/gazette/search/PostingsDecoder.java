package org.gazette.search;

import java.util.TreeMap;

/** Reads postings back as search.js does, for tests: document → score (1 for keys without scores). */
final class PostingsDecoder {
    private PostingsDecoder() {}

    static TreeMap<Integer, Integer> sparse(String s, boolean scored) {
        TreeMap<Integer, Integer> out = new TreeMap<>();
        int p = 0, doc = -1;
        while (p < s.length()) {
            int v = 0, shift = 0, c;
            do {
                c = Postings.DIGITS.indexOf(s.charAt(p++));
                v |= (c & 31) << shift;
                shift += 5;
            } while ((c & 32) != 0);
            doc += v + 1;
            out.put(doc, scored ? Postings.DIGITS.indexOf(s.charAt(p++)) : 1);
        }
        return out;
    }

    static TreeMap<Integer, Integer> decode(Postings.Encoded e, boolean scored) {
        if (!e.dense()) return sparse(e.sparse(), scored);
        TreeMap<Integer, Integer> out = new TreeMap<>();
        for (int i = 0; i < e.bitmap().length(); i++) {
            int bits = Postings.DIGITS.indexOf(e.bitmap().charAt(i));
            for (int j = 0; j < 6; j++) if ((bits >> j & 1) != 0) out.put(i * 6 + j, scored ? e.defaultScore() : 1);
        }
        if (scored) out.putAll(sparse(e.top(), true));
        return out;
    }
}
