package org.gazette.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.gazette.text.RadixSort;
import org.gazette.text.StringHash;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What the previous build wrote: after a header line, one line per file, {@code size checksum
 * fingerprint path} (the fingerprint of what the page was rendered from, 0 for none), kept beside
 * the output folder. Read into sorted arrays of 64-bit path hashes, so that a million files cost a
 * few tens of megabytes, not a map of strings.
 */
final class Manifest {
    /**
     * A file's size, a 64-bit checksum of its bytes (CRC-32C and CRC-32, both hardware-backed) and
     * the fingerprint it was made from (0 when none was given).
     */
    record Entry(long size, long checksum, long fingerprint) {
        Entry withFingerprint(long f) {
            return new Entry(size, checksum, f);
        }
    }

    /** The first line of a manifest in this format; a file without it is not used. */
    static final String HEADER = "gazette-manifest 2";

    private final long[] hashes;
    private final long[] sizes;
    private final long[] checksums;
    private final long[] fingerprints;

    private Manifest(long[] hashes, long[] sizes, long[] checksums, long[] fingerprints) {
        this.hashes = hashes;
        this.sizes = sizes;
        this.checksums = checksums;
        this.fingerprints = fingerprints;
    }

    static Manifest empty() {
        return new Manifest(new long[0], new long[0], new long[0], new long[0]);
    }

    static Entry entry(byte[] content) {
        CRC32C a = new CRC32C();
        a.update(content);
        CRC32 b = new CRC32();
        b.update(content);
        return new Entry(content.length, a.getValue() << 32 | b.getValue(), 0);
    }

    /** Reads a manifest; a missing or damaged one is empty (files are then compared byte by byte). */
    static Manifest read(Path file) throws IOException {
        int n = 0;
        long[] h = new long[1024], s = new long[1024], c = new long[1024], f = new long[1024];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine())) return empty();
            String line;
            while ((line = r.readLine()) != null) {
                int a = line.indexOf(' '), b = line.indexOf(' ', a + 1), d = line.indexOf(' ', b + 1);
                if (a < 0 || b < 0 || d < 0) return empty();
                if (n == h.length) {
                    h = Arrays.copyOf(h, n * 2);
                    s = Arrays.copyOf(s, n * 2);
                    c = Arrays.copyOf(c, n * 2);
                    f = Arrays.copyOf(f, n * 2);
                }
                h[n] = hash(line.substring(d + 1));
                s[n] = Long.parseLong(line, 0, a, 10);
                c[n] = Long.parseUnsignedLong(line, a + 1, b, 16);
                f[n] = Long.parseUnsignedLong(line, b + 1, d, 16);
                n++;
            }
        } catch (NoSuchFileException e) {
            return empty();
        } catch (NumberFormatException e) {
            return empty();
        }
        return sorted(Arrays.copyOf(h, n), Arrays.copyOf(s, n), Arrays.copyOf(c, n), Arrays.copyOf(f, n));
    }

    /** Calls {@code each} with every path of a manifest file, in file order. */
    static void paths(Path file, Consumer<String> each) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(r.readLine())) return;
            String line;
            while ((line = r.readLine()) != null) {
                int a = line.indexOf(' '), b = line.indexOf(' ', a + 1), d = line.indexOf(' ', b + 1);
                if (a > 0 && b > 0 && d > 0) each.accept(line.substring(d + 1));
            }
        } catch (NoSuchFileException e) {
            // no previous manifest: nothing listed
        }
    }

    /** One manifest line. */
    static void writeLine(BufferedWriter w, String path, Entry e) throws IOException {
        w.write(Long.toString(e.size()));
        w.write(' ');
        w.write(Long.toHexString(e.checksum()));
        w.write(' ');
        w.write(Long.toHexString(e.fingerprint()));
        w.write(' ');
        w.write(path);
        w.write('\n');
    }

    int size() {
        return hashes.length;
    }

    /** Whether every path this manifest lists is in {@code paths}: then a build that wrote those removes nothing. */
    boolean allIn(PathSet paths) {
        for (long h : hashes) if (!paths.contains(h)) return false;
        return true;
    }

    /** The entry for a path, or null when the previous build did not write it. */
    Entry get(String path) {
        int i = Arrays.binarySearch(hashes, hash(path));
        return i < 0 ? null : new Entry(sizes[i], checksums[i], fingerprints[i]);
    }

    /** A 64-bit hash of a path. */
    static long hash(String s) {
        return StringHash.of(s);
    }

    private static Manifest sorted(long[] h, long[] s, long[] c, long[] f) {
        int n = h.length;
        long[] hs = h.clone();
        int[] from = RadixSort.sortSigned(hs);
        long[] ss = new long[n], cs = new long[n], fs = new long[n];
        for (int i = 0; i < n; i++) {
            ss[i] = s[from[i]];
            cs[i] = c[from[i]];
            fs[i] = f[from[i]];
        }
        return new Manifest(hs, ss, cs, fs);
    }
}
