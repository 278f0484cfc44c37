package org.gazette.enrich;

import java.util.Arrays;

/**
 * The distinct words of one article, numbered in order of first use, with what {@link Tokens}
 * needs to know about each: its lower-case form, whether it is capitalized, an acronym, has a
 * letter outside ASCII or any lower-case letter. Each spelling is analysed once per thread, not
 * once per article ({@link Lexicon}); repeated words share one {@code String}.
 *
 * <p>Every written and lower-case form also gets a form number (equal strings, equal numbers),
 * dense and in order of first use in the article, so callers can count and compare forms in arrays
 * instead of hash maps keyed by strings.
 *
 * <p>Not thread-safe; one instance per article, and on each thread the words of one article at a
 * time: {@link #intern} belongs to the thread's newest instance.
 */
final class WordForms {
    static final int CAPITALIZED = 1;
    static final int ACRONYM = 2;
    static final int NON_ASCII_LETTER = 4;
    static final int HAS_LOWER_CASE = 8;

    private final Lexicon lexicon = Lexicon.forThisThread();
    private final int generation = lexicon.startArticle();
    /** By word number: the lexicon's spelling, and the article's numbers of its written and lower-case forms. */
    private int[] spelling = new int[256];
    private int[] textForm = new int[256];
    private int[] lowerForm = new int[256];
    private int size;
    /** Form numbers given so far: the next one. */
    private int forms;

    /** The number of the word spelled {@code s[from, to)}, added on first sight. */
    int intern(String s, int from, int to) {
        checkCurrent();
        int sp = lexicon.intern(s, from, to);
        int w = lexicon.localSpelling(sp, generation);
        if (w >= 0) return w;
        if (size == spelling.length) grow();
        w = size++;
        spelling[w] = sp;
        textForm[w] = localForm(lexicon.textForm(sp));
        lowerForm[w] = localForm(lexicon.lowerForm(sp));
        lexicon.setLocalSpelling(sp, generation, w);
        return w;
    }

    /** How many distinct written and lower-case forms there are: form numbers run from 0 to this, exclusive. */
    int formCount() {
        return forms;
    }

    private int localForm(int lexiconForm) {
        int f = lexicon.localForm(lexiconForm, generation, forms);
        if (f == forms) forms++;
        return f;
    }

    String text(int word) {
        return lexicon.text(spelling[word]);
    }

    String lower(int word) {
        return lexicon.lower(spelling[word]);
    }

    /** The form number of the word as written. */
    int textForm(int word) {
        return textForm[word];
    }

    /** The form number of the word in lower case. */
    int lowerForm(int word) {
        return lowerForm[word];
    }

    boolean is(int word, int flag) {
        return lexicon.is(spelling[word], flag);
    }

    /** {@link WordList#syllable} of the word in lower case, asked of the list once per thread. */
    int syllable(int word, WordList list) {
        checkCurrent();
        return lexicon.syllable(list, lexicon.lowerForm(spelling[word]));
    }

    /** The lexicon's numbers are this article's only until the thread starts another (which may empty it). */
    private void checkCurrent() {
        if (lexicon.generation() != generation) throw new IllegalStateException("another article's words are being read on this thread");
    }

    private void grow() {
        int n = spelling.length * 2;
        spelling = Arrays.copyOf(spelling, n);
        textForm = Arrays.copyOf(textForm, n);
        lowerForm = Arrays.copyOf(lowerForm, n);
    }
}
