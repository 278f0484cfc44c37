package org.gazette.build;

import org.gazette.enrich.TagMemo;
import org.gazette.output.CacheFiles;
import org.gazette.text.RadixSort;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The tags every article got at the previous build, with the context they were chosen in (see
 * {@link TagMemo}), kept beside the output as {@code .public.tags}: a rebuild chooses again only
 * the tags of articles whose context changed, such as those sharing a phrase whose spelling or
 * weight the edit changed.
 *
 * <p>The file: magic, version, the build's key (the Gazette code and {@code site.yaml}, which hold
 * the tag settings), the count; per article its source path's hash, its context, its tags (each
 * UTF-8 behind a 2-byte length); a CRC-32C of all that. A missing, damaged or foreign file is not
 * used: every article's tags are chosen. Written whole by {@link #commit}, into a new file that
 * then replaces the old one.
 */
final class TagCache {
    private static final int MAGIC = 0x475A5447; // "GZTG"
    private static final int VERSION = 1;
    private static final int HEADER = 4 + 4 + 8 + 4;

    private final Path file;
    private final long key;
    private final Consumer<String> problem;
    /**
     * The previous build's entries, by path hash (sorted): their contexts and where their tags lie
     * in {@link #file}, which is mapped rather than read, so that a million articles' tags take
     * no heap while tags are chosen.
     */
    private long[] hashes = new long[0];
    private long[] contexts = new long[0];
    private int[] tagsAt = new int[0];
    private ByteBuffer mapped = ByteBuffer.allocate(0);
    private Memo memo;

    private TagCache(Path file, long key, Consumer<String> problem) {
        this.file = file;
        this.key = key;
        this.problem = problem;
    }

    /**
     * @param reuse   false to choose every article's tags (the file is still written)
     * @param problem told why a file that is there cannot be used or written
     */
    static TagCache open(Path file, long key, boolean reuse, Consumer<String> problem) {
        TagCache c = new TagCache(file, key, problem);
        if (reuse) c.read();
        return c;
    }

    /** The memo for this build's articles, {@code pathHashes} by article number (0 for none). */
    TagMemo forArticles(long[] pathHashes) {
        memo = new Memo(pathHashes);
        return memo;
    }

    private void read() {
        ByteBuffer b;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()); // stays valid once the channel is closed
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            problem.accept("cannot be read (" + e.getMessage() + "); tags are chosen again");
            return;
        }
        try {
            int size = b.capacity();
            ByteBuffer in = b.duplicate();
            if (size < HEADER + 4 || in.getInt() != MAGIC || in.getInt() != VERSION) throw new IOException("not a tag cache");
            if (in.getLong() != key) return; // another Gazette or other settings: nothing to reuse
            CRC32C crc = new CRC32C();
            crc.update(b.duplicate().limit(size - 4));
            if ((int) crc.getValue() != b.getInt(size - 4)) throw new IOException("damaged");
            int n = in.getInt();
            long[] h = new long[n];
            long[] ctx = new long[n];
            int[] at = new int[n];
            for (int i = 0; i < n; i++) {
                h[i] = in.getLong();
                ctx[i] = in.getLong();
                at[i] = in.position();
                int count = in.getShort() & 0xFFFF;
                for (int t = 0; t < count; t++) {
                    int length = in.getShort() & 0xFFFF;
                    in.position(in.position() + length);
                }
            }
            if (in.position() != size - 4) throw new IOException("damaged");
            int[] from = RadixSort.sortSigned(h);
            hashes = h;
            contexts = new long[n];
            tagsAt = new int[n];
            for (int i = 0; i < n; i++) {
                contexts[i] = ctx[from[i]];
                tagsAt[i] = at[from[i]];
            }
            mapped = b;
        } catch (IOException | RuntimeException e) {
            problem.accept("cannot be used (" + e.getMessage() + "); tags are chosen again");
        }
    }

    /** Forgets the previous build's choices once this build's are made: rendering has their memory. */
    void dropPrevious() {
        hashes = new long[0];
        contexts = new long[0];
        tagsAt = new int[0];
        mapped = ByteBuffer.allocate(0);
    }

    /** Writes this build's choices, if {@link #forArticles} was asked; a failure leaves the old file. */
    void commit() {
        if (memo == null) return;
        try {
            CacheFiles.write(file, raw -> {
                CRC32C crc = new CRC32C();
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeLong(key);
                int n = 0;
                for (int i = 0; i < memo.chosen.length; i++) if (memo.chosen[i] != null) n++;
                out.writeInt(n);
                for (int i = 0; i < memo.chosen.length; i++) {
                    if (memo.chosen[i] == null) continue;
                    out.writeLong(memo.pathHashes[i]);
                    out.writeLong(memo.chosenContexts[i]);
                    List<String> tags = memo.chosen[i];
                    out.writeShort(tags.size());
                    for (String t : tags) {
                        byte[] u = t.getBytes(StandardCharsets.UTF_8);
                        out.writeShort(u.length);
                        out.write(u);
                    }
                }
                out.flush();
                out.writeInt((int) crc.getValue());
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            problem.accept("cannot be written (" + e.getMessage() + "); the next build chooses every article's tags");
        }
    }

    /** What the previous build kept for one path hash, or -1. */
    private int find(long pathHash) {
        int i = Arrays.binarySearch(hashes, pathHash);
        return i < 0 ? -1 : i;
    }

    private List<String> tagsAt(int entry) {
        ByteBuffer in = mapped.duplicate();
        in.position(tagsAt[entry]);
        int count = in.getShort() & 0xFFFF;
        List<String> out = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            byte[] name = new byte[in.getShort() & 0xFFFF];
            in.get(name);
            out.add(new String(name, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The memo of one build: articles by number, their path hashes, what they were given. */
    private final class Memo implements TagMemo {
        final long[] pathHashes;
        final long[] chosenContexts;
        final List<String>[] chosen;

        @SuppressWarnings("unchecked")
        Memo(long[] pathHashes) {
            this.pathHashes = pathHashes;
            this.chosenContexts = new long[pathHashes.length];
            this.chosen = new List[pathHashes.length];
        }

        @Override
        public List<String> known(int article, long context) {
            if (article >= pathHashes.length || pathHashes[article] == 0) return null;
            int entry = find(pathHashes[article]);
            return entry < 0 || contexts[entry] != context ? null : tagsAt(entry);
        }

        @Override
        public void keep(int article, long context, List<String> tags) {
            if (article >= pathHashes.length || pathHashes[article] == 0 || !storable(tags)) return;
            chosenContexts[article] = context;
            chosen[article] = tags;
        }

        /** Whether the file's 2-byte lengths can hold the tags (explicit tags may be of any length). */
        private static boolean storable(List<String> tags) {
            if (tags.size() > 0xFFFF) return false;
            for (String t : tags) {
                if (t.length() > 0xFFFF / 3 && t.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) return false;
            }
            return true;
        }
    }
}
