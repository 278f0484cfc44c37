package org.gazette.render;

import freemarker.template.TemplateModel;
import org.gazette.text.FoldedWords;
import org.gazette.text.StringHash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * A 64-bit fingerprint of what a page is rendered from: its data model and the theme's templates,
 * on top of a seed for everything else the output depends on (the Gazette code and the site's
 * settings). A page whose fingerprint is the one it had at the previous build renders to the same
 * bytes, so a rebuild need not render it again.
 *
 * <p>The model is walked as templates see it: maps (in key order), lists, records (component by
 * component), strings, numbers, booleans. Template functions count as functions only: what they
 * return depends on the page's path and the site's links, both in the model. Values every page
 * shares (the site, the translations) are hashed once; an article's card or feed item, on many
 * pages, counts by a hash of what it is made of, once per build ({@link ArticleViews}), so that it
 * need not be built; an article's body counts by the hash its source gives ({@link BodyView}), so
 * that it need not be fetched. A model holding anything else has no fingerprint ({@link #NONE}) and
 * is always rendered.
 *
 * <p>Thread-safe.
 */
public final class PageFingerprints {
    /** No fingerprint: the page is rendered. */
    public static final long NONE = 0;

    /** A record class: its name's hash (the same from run to run) and its components' accessors. */
    private record RecordType(long nameHash, Method[] accessors) { }

    private static final ClassValue<RecordType> RECORDS = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            Method[] ms = new Method[cs.length];
            for (int i = 0; i < cs.length; i++) ms[i] = cs[i].getAccessor();
            return new RecordType(StringHash.of(type.getName()), ms);
        }
    };

    private final long seed;
    private final Map<Object, Long> shared = new IdentityHashMap<>();
    private final ToLongFunction<Views.CardView> cardHashes;

    /**
     * @param seed  what else the output depends on, as a number that changes with it
     * @param theme the theme whose templates render the pages
     * @param models what makes the models: it knows the hashes of the site's cards
     */
    public PageFingerprints(long seed, Theme theme, PageModels models) {
        this(seed, theme, models::cardHash);
    }

    /** @param cardHashes the hash of a card by what it is made of, 0 when unknown (its values are hashed) */
    PageFingerprints(long seed, Theme theme, ToLongFunction<Views.CardView> cardHashes) {
        this.cardHashes = cardHashes;
        Hasher h = new Hasher(seed);
        for (Path root : theme.templateRoots()) h.fileTree(root);
        this.seed = h.finish();
    }

    /** The fingerprint of a page's model, or {@link #NONE} when it holds a value of an unknown kind. */
    public long of(Map<String, Object> model) {
        Hasher h = new Hasher(seed);
        try {
            for (String key : new TreeSet<>(model.keySet())) {
                h.string(key);
                Object v = model.get(key);
                if (key.equals("site") || key.equals("t")) h.add(sharedHash(v));
                else h.value(v);
            }
        } catch (IllegalArgumentException e) {
            return NONE;
        }
        long f = h.finish();
        return f == NONE ? 1 : f;
    }

    private long sharedHash(Object v) {
        synchronized (shared) {
            Long known = shared.get(v);
            if (known != null) return known;
            Hasher h = new Hasher(0);
            h.value(v);
            long f = h.finish();
            shared.put(v, f);
            return f;
        }
    }

    /** The hash of a card shown on its own (an article page's own, newer and older): its article's, or its values'. */
    private long cardHash(Views.CardView card) {
        long f = cardHashes.applyAsLong(card);
        return f != 0 ? f : hashOf(card);
    }

    /** The hash of one article's view (a card, a feed item): a record. */
    private long hashOf(Object view) {
        Hasher h = new Hasher(0);
        h.record((Record) view);
        return h.finish();
    }

    /** A 64-bit streaming hash: each input word multiplied in, then a final avalanche. */
    private final class Hasher {
        private long h;
        /** A string's characters, copied out at once: faster than a call per character. */
        private char[] chars = new char[256];

        Hasher(long seed) {
            this.h = seed ^ 0x2545F4914F6CDD1DL;
        }

        void add(long v) {
            h = Long.rotateLeft(h ^ (v * 0x9E3779B97F4A7C15L), 29) * 0xBF58476D1CE4E5B9L;
        }

        void string(String s) {
            int n = s.length();
            add(n);
            if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
            char[] c = chars;
            s.getChars(0, n, c, 0);
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                add((long) c[i] << 48 | (long) c[i + 1] << 32 | (long) c[i + 2] << 16 | c[i + 3]);
            }
            long tail = 0;
            for (; i < n; i++) tail = tail << 16 | c[i];
            add(tail);
        }

        void value(Object v) {
            if (v == null) {
                add(1);
            } else if (v instanceof String s) {
                add(2);
                string(s);
            } else if (v instanceof Boolean b) {
                add(b ? 3 : 4);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                add(5);
                add(((Number) v).longValue());
            } else if (v instanceof Number n) {
                add(6);
                string(n.getClass().getName());
                string(n.toString());
            } else if (v instanceof Map<?, ?> m) {
                add(7);
                add(m.size());
                List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
                entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
                for (Map.Entry<?, ?> e : entries) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (v instanceof BodyView b && b.hash() != 0) {
                add(15);
                add(b.hash());
            } else if (v instanceof ArticleViewList<?> l) {
                add(16);
                add(l.size());
                for (int i = 0; i < l.size(); i++) add(l.hash(i));
            } else if (v instanceof DerivedList<?>) {
                add(18); // made of values hashed where they stand in the model
            } else if (v instanceof Views.CardView c) {
                add(17);
                add(cardHash(c));
            } else if (v instanceof List<?> l) {
                add(8);
                add(l.size());
                for (Object e : l) value(e);
            } else if (v instanceof Collection<?> c) {
                add(9);
                add(c.size());
                for (Object e : c) value(e); // sets from front matter keep their order
            } else if (v instanceof Record r) {
                record(r);
            } else if (v instanceof Enum<?> e) {
                add(11);
                string(e.name());
            } else if (v instanceof Character c) {
                add(12);
                add(c);
            } else if (v instanceof byte[] b) {
                add(13);
                add(b.length);
                for (byte x : b) add(x);
            } else if (v instanceof TemplateModel) {
                add(14); // a function's class name is no help: a lambda's differs from run to run
            } else {
                throw new IllegalArgumentException("no fingerprint for " + v.getClass().getName());
            }
        }

        void record(Record r) {
            add(10);
            RecordType type = RECORDS.get(r.getClass());
            add(type.nameHash());
            for (Method m : type.accessors()) value(invoke(m, r));
        }

        /** Every file under {@code root}, by relative path and bytes. */
        void fileTree(Path root) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
                    string(root.relativize(p).toString());
                    try (InputStream in = Files.newInputStream(p)) {
                        byte[] buf = new byte[8192];
                        for (int n; (n = in.read(buf)) > 0; ) {
                            add(n);
                            for (int i = 0; i < n; i++) add(buf[i]);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(root + ": cannot be read: " + e.getMessage(), e);
            }
        }

        long finish() {
            return FoldedWords.mix(h);
        }

        private static Object invoke(Method m, Object target) {
            try {
                return m.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + m, e);
            }
        }
    }
}
