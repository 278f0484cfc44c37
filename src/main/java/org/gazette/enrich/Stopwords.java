package org.gazette.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The word lists the tagger works from, all data files in this package:
 * <ul>
 *   <li>{@code stopwords-vi.txt}, {@code stopwords-en.txt}: words and phrases that are never a tag
 *       and never part of one (function words, number and calendar words, titles such as
 *       {@code Đại tá} or {@code Bộ trưởng}, site chrome). The tagger uses the list of the
 *       article's language; the lists differ ({@code an} stops English, not Vietnamese);</li>
 *   <li>{@code generic-vi.txt}: words that may sit inside a tag but are never a tag on their own
 *       ({@code công tác}, {@code thực hiện});</li>
 *   <li>{@code org-heads-vi.txt}: first syllables of organization names, whose capitalized run
 *       may continue in lower case ({@code Bộ Công an});</li>
 *   <li>{@code admin-units-vi.txt}: administrative units ({@code tỉnh}, {@code xã}), which mark the
 *       name after them as a place and leave a phrase they end without its name.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Stopwords {
    private static final String DIRECTORY = "/org/gazette/enrich/";

    final WordList vietnamese;
    final WordList english;
    final WordList generic;
    final WordList adminUnits;
    private final WordList orgHeads;

    Stopwords(WordList vietnamese, WordList english, WordList generic, WordList orgHeads, WordList adminUnits) {
        this.vietnamese = Objects.requireNonNull(vietnamese);
        this.english = Objects.requireNonNull(english);
        this.generic = Objects.requireNonNull(generic);
        this.orgHeads = Objects.requireNonNull(orgHeads);
        this.adminUnits = Objects.requireNonNull(adminUnits);
    }

    /** The lists shipped with Gazette, loaded once. */
    public static Stopwords defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Whether a Vietnamese syllable or phrase is a stopword. Case and spacing do not matter, except
     * that an acronym ({@code GMT}) matches only entries written in capitals, so the pronoun
     * {@code ai} does not make {@code AI} a stopword. Diacritics do: folded forms collide ({@code
     * nam} is not {@code năm}), so pass the word as written. English words that are also Vietnamese
     * syllables ({@code an}, {@code to}) are not Vietnamese stopwords; see {@link #isEnglishStop}.
     */
    public boolean isStop(String syllable) {
        return vietnamese.contains(syllable);
    }

    /** Whether an English word or phrase is a stopword, with the same rules as {@link #isStop}. */
    public boolean isEnglishStop(String word) {
        return english.contains(word);
    }

    boolean isOrgHead(String lowerSyllable) {
        return orgHeads.containsLowerCase(lowerSyllable);
    }

    private static final class Defaults {
        static final Stopwords INSTANCE = new Stopwords(
                load("stopwords-vi.txt"), load("stopwords-en.txt"), load("generic-vi.txt"), load("org-heads-vi.txt"),
                load("admin-units-vi.txt"));

        private static WordList load(String name) {
            try (InputStream in = Stopwords.class.getResourceAsStream(DIRECTORY + name)) {
                if (in == null) throw new IllegalStateException("missing word list " + DIRECTORY + name + " on the class path");
                return WordList.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read word list " + name, e);
            }
        }
    }
}
