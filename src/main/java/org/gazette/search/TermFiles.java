package org.gazette.search;

import org.gazette.output.StagedOutput;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the sorted terms out in files the search page loads lazily.
 *
 * <p>Words (and tags) are grouped by the first two UTF-16 units of their key (three for tags,
 * which all start with {@code #}). A group's directory {@code search/t/<group>.js} either holds all
 * its entries (a small group) or lists every word with its document frequency and the chunk file
 * {@code search/t/<group>-<n>.js} that holds it, so a typed prefix expands to the most frequent
 * words without loading any postings.
 *
 * <p>A word's <em>followers</em>, the keys that start with it (its pairs {@code dien bien} and its
 * spellings {@code dien\u0001điện}), travel with the word: inline in its entry when they are few,
 * else in chunks of their own that the entry lists by first key. A two-word query thus loads the
 * two words' chunks and one chunk of the first word's followers, however large the archive.
 * An entry bigger than a quarter of a chunk gets a chunk of its own.
 */
final class TermFiles {
    static final String DIR = "search/t/";

    private final StagedOutput out;
    private final int chunkBytes;
    private final int inlineBytes;
    private Group group;
    private Word word;

    /**
     * @param chunkBytes  target size of a chunk file
     * @param inlineBytes a group, or a word's followers, up to this size stay inline
     */
    TermFiles(StagedOutput out, int chunkBytes, int inlineBytes) {
        this.out = out;
        this.chunkBytes = chunkBytes;
        this.inlineBytes = inlineBytes;
    }

    /** The group a word or tag belongs to; the page computes the same. */
    static String group(String key) {
        int len = key.charAt(0) == DocTerms.TAG ? 3 : 2;
        return key.length() <= len ? key : key.substring(0, len);
    }

    /** The word a follower key starts with, or null when the key is a word or a tag. */
    static String wordOf(String key) {
        if (key.charAt(0) == DocTerms.TAG) return null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' || c == DocTerms.SPELLING) return key.substring(0, i);
        }
        return null;
    }

    /**
     * Adds a term; keys must come in ascending order.
     *
     * @param entry the term's key, document frequency and postings, comma-separated, without brackets
     */
    void add(String key, int df, String entry) {
        add(key, wordOf(key), df, entry, Js.utf8Length(entry));
    }

    /**
     * {@link #add(String, int, String)} for a caller that has the key's {@link #wordOf} at hand, and
     * the entry's size in UTF-8 bytes (counted where the entry is made, from the parts that are not ASCII).
     */
    void add(String key, String w, int df, String entry, int entryBytes) {
        assert entryBytes == Js.utf8Length(entry) : key + ": " + entryBytes + " bytes counted, " + Js.utf8Length(entry) + " made";
        if (w != null) {
            if (word == null || !word.key.equals(w)) throw new IllegalStateException(key + " comes without its word");
            word.follower(key, entry, entryBytes);
            return;
        }
        if (word != null) word.finish();
        String g = group(key);
        if (group == null || !group.id.equals(g)) {
            if (group != null) group.finish();
            group = new Group(g);
        }
        word = new Word(key, df, entry, entryBytes);
    }

    void finish() {
        if (word != null) word.finish();
        if (group != null) group.finish();
        word = null;
        group = null;
    }

    private void write(String name, CharSequence data) {
        out.write(DIR + name + ".js", Js.file("t/" + name, data));
    }

    private static StringBuilder sep(StringBuilder sb, char open) {
        return sb.append(sb.length() == 0 ? open : ',');
    }

    /** A word (or tag) whose followers are still arriving. */
    private final class Word {
        final String key;
        final int df;
        final String entry;
        final int entryBytes;
        final StringBuilder inline = new StringBuilder();
        /** UTF-8 bytes of {@code inline}, counted as it grows (measuring it again would cost its length each time). */
        int inlineSize;
        final StringBuilder firstKeys = new StringBuilder();
        String firstFollower;
        Group.Chunk chunk;

        Word(String key, int df, String entry, int entryBytes) {
            this.key = key;
            this.df = df;
            this.entry = entry;
            this.entryBytes = entryBytes;
        }

        void follower(String key, String entry, int entryBytes) {
            if (chunk == null) {
                if (firstFollower == null) firstFollower = key;
                sep(inline, '[').append('[').append(entry).append(']');
                inlineSize += entryBytes + 3;
                if (inlineSize <= inlineBytes) return;
                chunk = group.new Chunk();
                // Too many to stay inline: everything so far becomes the first chunk.
                chunk.start(firstKeys, firstFollower);
                chunk.data.append(inline);
                chunk.bytes = inlineSize;
                inline.setLength(0);
                return;
            }
            int size = entryBytes + 3;
            // A title pair stays in the chunk of its pair, which it follows: a query that needs
            // one needs the other, and they are worth one download, not two.
            boolean titlePair = key.charAt(key.length() - 1) == DocTerms.TITLE_PAIR;
            if (chunk.bytes + size > chunkBytes && !titlePair) {
                chunk.flush();
                chunk.start(firstKeys, key);
            }
            chunk.add('[' + entry + ']', size);
        }

        void finish() {
            StringBuilder e = new StringBuilder(entry.length() + inline.length() + 32).append('[').append(entry);
            int bytes = 1 + entryBytes;
            if (chunk != null) {
                chunk.flush();
                e.append(",null,").append(firstKeys).append("]]");
                bytes += 8 + Js.utf8Length(firstKeys.toString());
            } else if (inline.length() > 0) {
                e.append(',').append(inline).append("]]");
                bytes += 1 + inlineSize + 2; // inlineSize is inline's bytes: a separator and two brackets per follower
            } else {
                e.append(']');
                bytes += 1;
            }
            group.add(key, df, e.toString(), bytes);
        }
    }

    /** One group being written: entries stay in memory only until the group is known not to fit inline. */
    private final class Group {
        final String id;
        final String file;
        final List<Object[]> pending = new ArrayList<>(); // key, df, entry, its UTF-8 bytes
        int pendingBytes;
        boolean chunked;
        int nextChunk;
        final Chunk words = new Chunk();
        final StringBuilder wordList = new StringBuilder();

        Group(String id) {
            this.id = id;
            this.file = Js.fileName(id);
        }

        void add(String key, int df, String entry, int entryBytes) {
            assert entryBytes == Js.utf8Length(entry) : key + ": " + entryBytes + " bytes counted, " + Js.utf8Length(entry) + " made";
            if (!chunked) {
                pending.add(new Object[] {key, df, entry, entryBytes});
                pendingBytes += entryBytes + 1;
                if (pendingBytes <= inlineBytes) return;
                chunked = true;
                for (Object[] p : pending) place((String) p[0], (Integer) p[1], (String) p[2], (Integer) p[3]);
                pending.clear();
                return;
            }
            place(key, df, entry, entryBytes);
        }

        private void place(String key, int df, String entry, int entryBytes) {
            int size = entryBytes + 1;
            if (size > chunkBytes / 4 || words.bytes + size > chunkBytes) words.flush();
            if (words.number < 0) words.number = nextChunk++;
            sep(wordList, '[').append('[').append(Js.string(key)).append(',').append(df).append(',').append(words.number).append(']');
            words.add(entry, size);
            if (size > chunkBytes / 4) words.flush();
        }

        void finish() {
            if (!chunked) {
                StringBuilder sb = new StringBuilder(pendingBytes + 16).append("{\"e\":[");
                for (int i = 0; i < pending.size(); i++) sb.append(i > 0 ? "," : "").append((String) pending.get(i)[2]);
                write(file, sb.append("]}"));
                return;
            }
            words.flush();
            write(file, new StringBuilder("{\"u\":").append(wordList).append("]}"));
        }

        /** A chunk file being filled. */
        final class Chunk {
            final StringBuilder data = new StringBuilder();
            int bytes;
            int number = -1;

            void start(StringBuilder firstKeys, String firstKey) {
                number = nextChunk++;
                sep(firstKeys, '[').append('[').append(Js.string(firstKey)).append(',').append(number).append(']');
            }

            void add(String entry, int size) {
                data.append(data.length() == 0 ? "[" : ",").append(entry);
                bytes += size;
            }

            void flush() {
                if (number < 0) return;
                write(file + "-" + number, data.append(data.length() == 0 ? "[]" : "]"));
                data.setLength(0);
                bytes = 0;
                number = -1;
            }
        }
    }
}
