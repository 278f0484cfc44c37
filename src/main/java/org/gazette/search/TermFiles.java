package org.gazette.search;

import org.gazette.output.StagedOutput;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the sorted terms out in files the search page loads lazily. Terms are grouped by the first
 * two UTF-16 units of their key (three for tag keys, which all start with {@code #}); a group's
 * directory {@code search/t/<group>.js} either holds all its terms inline (a small group) or says
 * which chunk file {@code search/t/<group>-<n>.js} holds a term:
 * <ul>
 *   <li>single words are listed one by one with their document frequency and chunk, so the page
 *       can expand a typed prefix to the most frequent words without loading their postings;</li>
 *   <li>the other keys (word pairs, spellings, tags) are found by the first key of each chunk.</li>
 * </ul>
 * Words and the other keys never share a chunk, so expanding a prefix never downloads pairs. A
 * term bigger than a quarter of a chunk gets a chunk of its own, so a query for a common word
 * downloads little besides that word.
 */
final class TermFiles {
    static final String DIR = "search/t/";

    private final StagedOutput out;
    private final int chunkBytes;
    private final int inlineBytes;
    private Group group;
    private int files;
    private long bytes;

    TermFiles(StagedOutput out, int chunkBytes, int inlineBytes) {
        this.out = out;
        this.chunkBytes = chunkBytes;
        this.inlineBytes = inlineBytes;
    }

    /** The group a key belongs to; the page computes the same. */
    static String group(String key) {
        int len = key.charAt(0) == DocTerms.TAG ? 3 : 2;
        return key.length() <= len ? key : key.substring(0, len);
    }

    /** Whether a key is a single word (listed in its group's word list). */
    static boolean isWord(String key) {
        if (key.charAt(0) == DocTerms.TAG) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' || c == DocTerms.SPELLING) return false;
        }
        return true;
    }

    /**
     * Adds a term; keys must come in ascending order.
     *
     * @param entry the term as a JavaScript array literal, starting with its key and document frequency
     */
    void add(String key, int df, String entry) {
        String g = group(key);
        if (group == null || !group.id.equals(g)) {
            if (group != null) group.finish();
            group = new Group(g);
        }
        group.add(key, df, entry);
    }

    void finish() {
        if (group != null) group.finish();
        group = null;
    }

    int files() {
        return files;
    }

    long bytes() {
        return bytes;
    }

    private void write(String name, CharSequence data) {
        byte[] b = Js.file("t/" + name, data);
        out.write(DIR + name + ".js", b);
        files++;
        bytes += b.length;
    }

    /** One group being written: entries stay in memory only until the group is known not to fit inline. */
    private final class Group {
        final String id;
        final String file;
        final List<String[]> pending = new ArrayList<>(); // key, df, entry
        int pendingBytes;
        boolean chunked;
        int nextChunk;
        final Chunk words = new Chunk();
        final Chunk others = new Chunk();
        final StringBuilder wordList = new StringBuilder();
        final StringBuilder firstKeys = new StringBuilder();

        Group(String id) {
            this.id = id;
            this.file = Js.fileName(id);
        }

        void add(String key, int df, String entry) {
            if (!chunked) {
                pending.add(new String[] {key, Integer.toString(df), entry});
                pendingBytes += Js.utf8Length(entry) + 1;
                if (pendingBytes <= inlineBytes) return;
                chunked = true;
                for (String[] p : pending) place(p[0], p[1], p[2]);
                pending.clear();
                return;
            }
            place(key, Integer.toString(df), entry);
        }

        private void place(String key, String df, String entry) {
            boolean word = isWord(key);
            Chunk c = word ? words : others;
            int size = Js.utf8Length(entry) + 1;
            if (size > chunkBytes / 4 || c.bytes + size > chunkBytes) c.flush();
            if (c.number < 0) {
                c.number = nextChunk++;
                if (!word) sep(firstKeys).append('[').append(Js.string(key)).append(',').append(c.number).append(']');
            }
            if (word) sep(wordList).append('[').append(Js.string(key)).append(',').append(df).append(',').append(c.number).append(']');
            c.add(entry, size);
            if (size > chunkBytes / 4) c.flush();
        }

        private StringBuilder sep(StringBuilder sb) {
            return sb.length() > 0 ? sb.append(',') : sb;
        }

        void finish() {
            if (!chunked) {
                StringBuilder sb = new StringBuilder(pendingBytes + 16).append("{\"e\":[");
                for (int i = 0; i < pending.size(); i++) sb.append(i > 0 ? "," : "").append(pending.get(i)[2]);
                write(file, sb.append("]}"));
                return;
            }
            words.flush();
            others.flush();
            write(file, new StringBuilder("{\"u\":[").append(wordList).append("],\"b\":[").append(firstKeys).append("]}"));
        }

        /** The chunk being filled, of words or of other keys. */
        private final class Chunk {
            final StringBuilder data = new StringBuilder();
            int bytes;
            int number = -1;

            void add(String entry, int size) {
                data.append(data.length() == 0 ? "[" : ",").append(entry);
                bytes += size;
            }

            void flush() {
                if (number < 0) return;
                write(file + "-" + number, data.append(']'));
                data.setLength(0);
                bytes = 0;
                number = -1;
            }
        }
    }
}
