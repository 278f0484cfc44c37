package org.gazette.build;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gazette.content.Block;
import org.gazette.content.PublishedAt;
import org.gazette.content.SourceFile;
import org.gazette.diag.Diagnostic;
import org.gazette.diag.Severity;
import org.gazette.enrich.AcronymDefinition;
import org.gazette.enrich.Draft;
import org.gazette.enrich.TagCandidates;
import org.gazette.text.PackedText;

/**
 * The binary form of a {@link ReadRecord} in the {@link ReadCache}: its metadata and its body
 * separately, so that rendering can fetch a body without the rest. Strings are UTF-8 behind a
 * variable-length count; a count of 0 stands for null, n + 1 for n bytes.
 */
final class ReadRecords {
    private ReadRecords() {}

    /** A record that holds a value the cache cannot store (an unusual front-matter type). */
    static final class NotStorable extends RuntimeException {
        NotStorable(String message) {
            super(message, null, false, false);
        }
    }

    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();
    private static final Block.Kind[] KINDS = Block.Kind.values();
    private static final Severity[] SEVERITIES = Severity.values();
    /** Set on a block's kind when its plain text is its text, stored once. */
    private static final int SAME_TEXT = 0x80;

    /** Everything but the body, for {@code relPath}. */
    static byte[] encodeMeta(String relPath, ReadRecord r) {
        Out o = new Out(512);
        o.string(relPath);
        o.varInt(r.diagnostics().size());
        for (Diagnostic d : r.diagnostics()) {
            o.string(d.file());
            o.varInt(d.line());
            o.write(d.severity().ordinal());
            o.string(d.message());
        }
        Draft d = r.draft();
        o.write(d == null ? 0 : 1);
        if (d == null) return o.toByteArray();
        published(o, d.published());
        o.string(d.category());
        o.strings(d.tags());
        o.string(d.slug());
        o.value(d.params());
        o.bytes(d.text().bytes());
        o.varInt(r.bodyChars());
        o.strings(r.always());
        o.bytes(r.candidates().bytes());
        o.varInt(r.definitions().size());
        for (AcronymDefinition a : r.definitions()) {
            o.string(a.acronym());
            o.string(a.expansion());
        }
        if (r.features() == null) {
            o.varInt(0);
        } else {
            o.varInt(r.features().length + 1);
            for (int f : r.features()) o.int32(f);
        }
        o.bytes(r.signature());
        return o.toByteArray();
    }

    static byte[] encodeBody(List<Block> body) {
        Out o = new Out(4096);
        o.varInt(body.size());
        for (Block b : body) {
            boolean same = b.text().equals(b.plainText());
            o.write(b.kind().ordinal() | (same ? SAME_TEXT : 0));
            o.string(b.text());
            if (!same) o.string(b.plainText());
        }
        return o.toByteArray();
    }

    /** The path a record's metadata was stored for (to tell a hash collision from a hit). */
    static String relPath(ByteBuffer meta) {
        return new In(meta.duplicate()).string();
    }

    /** Decodes metadata stored by {@link #encodeMeta} for {@code file}; the record has no body. */
    static ReadRecord decodeMeta(SourceFile file, ByteBuffer meta) {
        In in = new In(meta);
        in.string(); // the path, checked by the cache
        int nd = in.varInt();
        List<Diagnostic> diagnostics = new ArrayList<>(nd);
        for (int i = 0; i < nd; i++) {
            String f = in.string();
            int line = in.varInt();
            Severity s = SEVERITIES[in.u8()];
            diagnostics.add(new Diagnostic(f, line, s, in.string()));
        }
        if (in.u8() == 0) return ReadRecord.nothing(diagnostics, true);
        PublishedAt published = published(in);
        String category = in.string();
        List<String> tags = in.strings();
        String slug = in.string();
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) in.value();
        PackedText text = PackedText.ofBytes(in.bytes());
        Draft draft = new Draft(file, published, category, tags, slug, params, text, null);
        int bodyChars = in.varInt();
        List<String> always = in.strings();
        TagCandidates candidates = TagCandidates.fromBytes(in.bytes());
        int na = in.varInt();
        List<AcronymDefinition> definitions = new ArrayList<>(na);
        for (int i = 0; i < na; i++) definitions.add(new AcronymDefinition(in.string(), in.string()));
        int nf = in.varInt();
        int[] features = null;
        if (nf > 0) {
            features = new int[nf - 1];
            for (int i = 0; i < features.length; i++) features[i] = in.int32();
        }
        byte[] signature = in.bytes();
        return new ReadRecord(diagnostics, draft, bodyChars, always, candidates, definitions, features, signature,
                null, true);
    }

    static List<Block> decodeBody(ByteBuffer body) {
        In in = new In(body);
        int n = in.varInt();
        List<Block> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = in.u8();
            String text = in.string();
            String plain = (kind & SAME_TEXT) != 0 ? text : in.string();
            blocks.add(new Block(KINDS[kind & ~SAME_TEXT], text, plain));
        }
        return blocks;
    }

    private static void published(Out o, PublishedAt p) {
        if (p == null) {
            o.write(0);
            return;
        }
        ZonedDateTime t = p.dateTime();
        o.write(p.hasTime() ? 2 : 1);
        o.int64(t.toEpochSecond());
        o.varInt(t.getNano());
        o.string(t.getZone().getId());
    }

    private static PublishedAt published(In in) {
        int mark = in.u8();
        if (mark == 0) return null;
        long second = in.int64();
        int nano = in.varInt();
        ZoneId zone = ZONES.computeIfAbsent(in.string(), ZoneId::of);
        return new PublishedAt(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second, nano), zone), mark == 2);
    }

    /** Value tags of front-matter params. */
    private static final int NULL = 0, STRING = 1, TRUE = 2, FALSE = 3, INT = 4, LONG = 5, DOUBLE = 6, BIG_INTEGER = 7,
            BIG_DECIMAL = 8, LIST = 9, MAP = 10, SET = 11, BYTES = 12;

    private static final class Out extends ByteArrayOutputStream {
        Out(int size) {
            super(size);
        }

        void varInt(int v) {
            while ((v & ~0x7f) != 0) {
                write(v & 0x7f | 0x80);
                v >>>= 7;
            }
            write(v);
        }

        void int32(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void int64(long v) {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        void bytes(byte[] b) {
            if (b == null) {
                varInt(0);
                return;
            }
            varInt(b.length + 1);
            write(b, 0, b.length);
        }

        void string(String s) {
            bytes(s == null ? null : s.getBytes(StandardCharsets.UTF_8));
        }

        void strings(List<String> list) {
            if (list == null) {
                varInt(0);
                return;
            }
            varInt(list.size() + 1);
            for (String s : list) string(s);
        }

        void value(Object v) {
            if (v == null) {
                write(NULL);
            } else if (v instanceof String s) {
                write(STRING);
                string(s);
            } else if (v instanceof Boolean b) {
                write(b ? TRUE : FALSE);
            } else if (v instanceof Integer i) {
                write(INT);
                int32(i);
            } else if (v instanceof Long l) {
                write(LONG);
                int64(l);
            } else if (v instanceof Double d) {
                write(DOUBLE);
                int64(Double.doubleToRawLongBits(d));
            } else if (v instanceof BigInteger b) {
                write(BIG_INTEGER);
                string(b.toString());
            } else if (v instanceof BigDecimal b) {
                write(BIG_DECIMAL);
                string(b.toString());
            } else if (v instanceof List<?> l) {
                write(LIST);
                varInt(l.size());
                for (Object e : l) value(e);
            } else if (v instanceof Set<?> s) {
                write(SET);
                varInt(s.size());
                for (Object e : s) value(e);
            } else if (v instanceof Map<?, ?> m) {
                write(MAP);
                varInt(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof byte[] b) {
                write(BYTES);
                bytes(b);
            } else {
                throw new NotStorable("a value of type " + v.getClass().getName());
            }
        }
    }

    private static final class In {
        private final ByteBuffer b;

        In(ByteBuffer b) {
            this.b = b;
        }

        int u8() {
            return b.get() & 0xff;
        }

        int varInt() {
            int v = 0;
            int shift = 0;
            byte x;
            do {
                x = b.get();
                v |= (x & 0x7f) << shift;
                shift += 7;
            } while (x < 0);
            return v;
        }

        int int32() {
            return b.getInt();
        }

        long int64() {
            return b.getLong();
        }

        byte[] bytes() {
            int n = varInt();
            if (n == 0) return null;
            byte[] out = new byte[n - 1];
            b.get(out);
            return out;
        }

        String string() {
            int n = varInt();
            if (n == 0) return null;
            String s;
            if (b.hasArray()) {
                s = new String(b.array(), b.arrayOffset() + b.position(), n - 1, StandardCharsets.UTF_8);
                b.position(b.position() + n - 1);
            } else {
                byte[] tmp = new byte[n - 1];
                b.get(tmp);
                s = new String(tmp, StandardCharsets.UTF_8);
            }
            return s;
        }

        List<String> strings() {
            int n = varInt();
            if (n == 0) return null;
            List<String> out = new ArrayList<>(n - 1);
            for (int i = 0; i < n - 1; i++) out.add(string());
            return out;
        }

        Object value() {
            int tag = u8();
            return switch (tag) {
                case NULL -> null;
                case STRING -> string();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case INT -> int32();
                case LONG -> int64();
                case DOUBLE -> Double.longBitsToDouble(int64());
                case BIG_INTEGER -> new BigInteger(string());
                case BIG_DECIMAL -> new BigDecimal(string());
                case LIST -> {
                    int n = varInt();
                    List<Object> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) l.add(value());
                    yield l;
                }
                case SET -> {
                    int n = varInt();
                    Set<Object> s = new LinkedHashSet<>();
                    for (int i = 0; i < n; i++) s.add(value());
                    yield s;
                }
                case MAP -> {
                    int n = varInt();
                    Map<Object, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) m.put(value(), value());
                    yield m;
                }
                case BYTES -> bytes();
                default -> throw new IllegalStateException("unknown value tag " + tag);
            };
        }
    }
}
