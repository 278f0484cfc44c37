package org.gazette.site;

/**
 * What an earlier build's assembly worked out, for a rebuild whose inputs are the same: the site
 * order of the articles and their related articles. Sorting by date and title and scoring related
 * articles are most of the time of assembling a large archive, and an edit of an article's text
 * changes neither.
 */
public interface AssemblyMemo {
    /** Remembers nothing. */
    AssemblyMemo NONE = new AssemblyMemo() {
        @Override
        public long[] order() {
            return null;
        }

        @Override
        public int[] related(long inputs) {
            return null;
        }

        @Override
        public void keep(long[] order, long relatedInputs, int[] related) {
            // nothing to remember
        }
    };

    /**
     * The articles' identities (hashes of what their place in the site order depends on) in an
     * earlier build's site order, or null. Used only if they are exactly this build's.
     */
    long[] order();

    /**
     * The related articles an earlier build computed from inputs that hash to {@code inputs},
     * {@link Related#COUNT} slots per article as {@link Related} holds them, or null.
     */
    int[] related(long inputs);

    /** Notes this build's order (identities in site order) and related articles, with what they were computed from. */
    void keep(long[] order, long relatedInputs, int[] related);
}
