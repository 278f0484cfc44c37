package org.gazette.build;

import org.gazette.output.CacheFiles;
import org.gazette.site.AssemblyMemo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The previous build's site order and related articles ({@link AssemblyMemo}), kept beside the
 * output as {@code .public.site}, so that a rebuild after an edit of article text neither sorts the
 * archive nor scores related articles again.
 *
 * <p>The file: magic, version, the build's key (the Gazette code and {@code site.yaml}: the
 * language that titles are collated in), the article count, the articles' identities in site
 * order, the hash of the related articles' inputs, the count of related slots and the slots; a
 * CRC-32C of all that. A missing, damaged or foreign file is not used: the site is sorted and
 * related articles scored. Read when first asked, written whole by {@link #commit} into a new file
 * that then replaces the old one.
 */
final class AssemblyCache implements AssemblyMemo {
    private static final int MAGIC = 0x475A5354; // "GZST"
    private static final int VERSION = 1;

    private final Path file;
    private final long key;
    private final boolean reuse;
    private final Consumer<String> problem;
    private boolean read;
    private long[] previousOrder;
    private long previousInputs;
    private int[] previousRelated;
    private long[] order;
    private long relatedInputs;
    private int[] related;

    private AssemblyCache(Path file, long key, boolean reuse, Consumer<String> problem) {
        this.file = file;
        this.key = key;
        this.reuse = reuse;
        this.problem = problem;
    }

    /**
     * @param reuse   false to sort and score anew (the file is still written)
     * @param problem told why a file that is there cannot be used or written
     */
    static AssemblyCache open(Path file, long key, boolean reuse, Consumer<String> problem) {
        return new AssemblyCache(file, key, reuse, problem);
    }

    @Override
    public long[] order() {
        readOnce();
        return previousOrder;
    }

    @Override
    public int[] related(long inputs) {
        readOnce();
        return previousRelated != null && previousInputs == inputs ? previousRelated : null;
    }

    @Override
    public void keep(long[] order, long relatedInputs, int[] related) {
        this.order = order;
        this.relatedInputs = relatedInputs;
        this.related = related;
        // the previous build's are done with: this build's are the same or replace them
        previousOrder = null;
        previousRelated = null;
    }

    private void readOnce() {
        if (read || !reuse) return;
        read = true;
        ByteBuffer b;
        try {
            b = ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            problem.accept("cannot be read (" + e.getMessage() + "); the site is sorted again");
            return;
        }
        try {
            int size = b.limit();
            if (size < 4 + 4 + 8 + 4 + 8 + 4 + 4 || b.getInt() != MAGIC || b.getInt() != VERSION) throw new IOException("not a site cache");
            if (b.getLong() != key) return; // another Gazette or other settings: nothing to reuse
            CRC32C crc = new CRC32C();
            crc.update(b.duplicate().position(0).limit(size - 4));
            if ((int) crc.getValue() != b.getInt(size - 4)) throw new IOException("damaged");
            int n = b.getInt();
            if (n < 0 || (long) n * 8 > size) throw new IOException("damaged");
            long[] ids = new long[n];
            b.asLongBuffer().get(ids);
            b.position(b.position() + n * 8);
            long inputs = b.getLong();
            int slots = b.getInt();
            if (slots < 0 || b.position() + (long) slots * 4 != size - 4) throw new IOException("damaged");
            int[] rel = new int[slots];
            b.asIntBuffer().get(rel);
            for (int r : rel) if (r < -1 || r >= n) throw new IOException("damaged");
            previousOrder = ids;
            previousInputs = inputs;
            previousRelated = rel;
        } catch (IOException | RuntimeException e) {
            problem.accept("cannot be used (" + e.getMessage() + "); the site is sorted again");
        }
    }

    /** Writes this build's order and related articles, if {@link #keep} was told them; a failure leaves the old file. */
    void commit() {
        if (order == null) return;
        try {
            ByteBuffer b = ByteBuffer.allocate(4 + 4 + 8 + 4 + order.length * 8 + 8 + 4 + related.length * 4 + 4);
            b.putInt(MAGIC).putInt(VERSION).putLong(key).putInt(order.length);
            b.asLongBuffer().put(order);
            b.position(b.position() + order.length * 8);
            b.putLong(relatedInputs).putInt(related.length);
            b.asIntBuffer().put(related);
            b.position(b.position() + related.length * 4);
            CRC32C crc = new CRC32C();
            crc.update(b.duplicate().flip());
            b.putInt((int) crc.getValue());
            CacheFiles.write(file, out -> out.write(b.array(), 0, b.position()));
        } catch (IOException | RuntimeException e) {
            problem.accept("cannot be written (" + e.getMessage() + "); the next build sorts the site again");
        }
    }
}
