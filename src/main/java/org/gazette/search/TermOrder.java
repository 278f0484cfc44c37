package org.gazette.search;

/**
 * Numbers that sort terms exactly like their spelled-out keys compare (UTF-16 units, as
 * JavaScript does), built from a snapshot of the vocabularies: tags ({@code #…}) sort before any
 * word, and a word's spellings ({@code w\u0001…}) and pairs ({@code w …}) sort right after it and
 * before any longer word; a title pair ({@code w v\u0002}) right after its pair. Layout, high to
 * low: word (1) or tag (0), rank of the word or tag, then 0 word / 1 spelling / 2 pair, then the
 * rank of the spelling, or twice the rank of the second word plus one for a title pair.
 *
 * <p>A later snapshot only inserts new strings between old ones, so terms sorted under an earlier
 * snapshot stay sorted under a later one: run files written at different times merge by the last.
 */
final class TermOrder {
    private final Vocabulary.Sorted words;
    private final Vocabulary.Sorted spellings;
    private final Vocabulary.Sorted tags;
    private final int low;
    private final int high;

    TermOrder(DocTerms.Vocabularies vocab) {
        words = vocab.words().sorted();
        spellings = vocab.spellings().sorted();
        tags = vocab.tags().sorted();
        low = bits(Math.max(2 * words.size(), spellings.size()));
        high = low + 2 + bits(Math.max(words.size(), tags.size()));
    }

    private static int bits(int count) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(count));
    }

    /** The sort key of a term ({@link DocTerms#pack}). */
    long of(long term) {
        int a = DocTerms.first(term), b = DocTerms.second(term);
        return switch (DocTerms.kind(term)) {
            case DocTerms.TAG_KIND -> (long) tags.rank(a) << (low + 2);
            case DocTerms.WORD_KIND -> 1L << high | (long) words.rank(a) << (low + 2);
            case DocTerms.SPELLING_KIND -> 1L << high | (long) words.rank(a) << (low + 2) | 1L << low | spellings.rank(b);
            default -> 1L << high | (long) words.rank(a) << (low + 2) | 2L << low
                    | 2L * words.rank(b & ~DocTerms.TITLE_FLAG) | ((b & DocTerms.TITLE_FLAG) != 0 ? 1 : 0);
        };
    }

    /** The term a sort key stands for. */
    long term(long key) {
        int first = (int) (key >>> (low + 2) & ((1L << (high - low - 2)) - 1));
        int second = (int) (key & ((1L << low) - 1));
        if (key >>> high == 0) return DocTerms.pack(DocTerms.TAG_KIND, tags.id(first), 0);
        int kind = (int) (key >>> low) & 3;
        return DocTerms.pack(kind, words.id(first), kind == DocTerms.WORD_KIND ? 0
                : kind == DocTerms.SPELLING_KIND ? spellings.id(second)
                : words.id(second >>> 1) | ((second & 1) != 0 ? DocTerms.TITLE_FLAG : 0));
    }

    /**
     * The word a follower's key starts with (the first word of a pair or spelling), or null for a
     * word or a tag: what {@link TermFiles#wordOf} finds in the spelled-out key, without the search.
     */
    String wordOf(long key) {
        if (key >>> high == 0) return null;
        int kind = (int) (key >>> low) & 3;
        if (kind == DocTerms.WORD_KIND) return null;
        return words.string((int) (key >>> (low + 2) & ((1L << (high - low - 2)) - 1)));
    }

    /** The key a sort key stands for, spelled out as the index files show it. */
    String spell(long key) {
        int first = (int) (key >>> (low + 2) & ((1L << (high - low - 2)) - 1));
        int second = (int) (key & ((1L << low) - 1));
        if (key >>> high == 0) return tags.string(first);
        return switch ((int) (key >>> low) & 3) {
            case DocTerms.WORD_KIND -> words.string(first);
            case DocTerms.SPELLING_KIND -> words.string(first) + DocTerms.SPELLING + spellings.string(second);
            default -> words.string(first) + ' ' + words.string(second >>> 1)
                    + ((second & 1) != 0 ? String.valueOf(DocTerms.TITLE_PAIR) : "");
        };
    }
}
