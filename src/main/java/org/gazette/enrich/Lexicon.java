package org.gazette.enrich;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every spelling one thread's articles have used, analysed once for all of them: its lower-case
 * form, what {@link WordForms} tells of it, and a number for each distinct written and lower-case
 * form. The tagger looks up every word of every article; an archive's articles share most of their
 * few tens of thousands of spellings, so analysing each spelling once per article (a substring, a
 * lower-case copy, two hash look-ups of new strings, the stopword lists' look-ups) cost more than
 * tokenising.
 *
 * <p>{@link WordForms} numbers an article's forms densely in order of first use, through stamps
 * kept here by form (the article's generation and its number for the form), so no table is cleared
 * or hashed per article. Nothing an article gets depends on what the lexicon held before: a full
 * lexicon is emptied between articles. Thread-confined: {@link #forThisThread}.
 */
final class Lexicon {
    /** Spellings kept before the lexicon is emptied, between two articles. */
    static final int MAX_SPELLINGS = 1 << 17;

    private static final ThreadLocal<Lexicon> THREAD = ThreadLocal.withInitial(Lexicon::new);

    // by spelling number
    private String[] text = new String[1024];
    private int[] hashes = new int[1024];
    private byte[] flags = new byte[1024];
    private int[] textForm = new int[1024];
    private int[] lowerForm = new int[1024];
    /** The generation of the article that last numbered this spelling, and that article's number for it. */
    private int[] spellingStamp = new int[1024];
    private int[] spellingLocal = new int[1024];
    private int size;
    /** Open addressing over the spellings: spelling number + 1, 0 for an empty slot. */
    private int[] slots = new int[2048];

    // by form number
    private String[] form = new String[2048];
    private int[] formStamp = new int[2048];
    private int[] formLocal = new int[2048];
    private int forms;
    /** Open addressing over the form strings: form number + 1, 0 for an empty slot. */
    private int[] formSlots = new int[4096];

    /** {@link WordList#syllable} of each form in the lists asked about so far (0: not asked yet). */
    private WordList[] lists = new WordList[0];
    private byte[][] syllables = new byte[0][];

    private int generation;

    private Lexicon() {}

    static Lexicon forThisThread() {
        return THREAD.get();
    }

    /** A new article's generation: the stamps of every earlier article are stale from now on. */
    int startArticle() {
        if (size > MAX_SPELLINGS || generation == Integer.MAX_VALUE) clear();
        return ++generation;
    }

    int generation() {
        return generation;
    }

    /** The number of the spelling {@code s[from, to)}, analysed on first sight. */
    int intern(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        int mask = slots.length - 1;
        int slot = mix(h) & mask;
        int len = to - from;
        for (int e; (e = slots[slot] - 1) >= 0; slot = (slot + 1) & mask) {
            if (hashes[e] == h && text[e].length() == len && text[e].regionMatches(0, s, from, len)) return e;
        }
        return add(s.substring(from, to), h, slot);
    }

    private int add(String word, int hash, int slot) {
        if (size == text.length) growSpellings();
        int e = size++;
        text[e] = word;
        hashes[e] = hash;
        String lowerCase = word.toLowerCase(Locale.ROOT);
        textForm[e] = formOf(word);
        lowerForm[e] = formOf(lowerCase.equals(word) ? word : lowerCase);
        int firstCp = word.codePointAt(0);
        int f = 0;
        if (Character.isUpperCase(firstCp) || Character.isTitleCase(firstCp)) f |= WordForms.CAPITALIZED;
        if (WordList.isAcronym(word)) f |= WordForms.ACRONYM;
        if (hasNonAsciiLetter(word)) f |= WordForms.NON_ASCII_LETTER;
        if (hasLowerCase(word)) f |= WordForms.HAS_LOWER_CASE;
        flags[e] = (byte) f;
        spellingStamp[e] = 0;
        slots[slot] = e + 1;
        if (2 * size > slots.length) rehashSpellings();
        return e;
    }

    private int formOf(String s) {
        int h = s.hashCode();
        int mask = formSlots.length - 1;
        int slot = mix(h) & mask;
        for (int f; (f = formSlots[slot] - 1) >= 0; slot = (slot + 1) & mask) {
            if (form[f].equals(s)) return f;
        }
        if (forms == form.length) growForms();
        int f = forms++;
        form[f] = s;
        formStamp[f] = 0;
        formSlots[slot] = f + 1;
        if (2 * forms > formSlots.length) rehashForms();
        return f;
    }

    String text(int spelling) {
        return text[spelling];
    }

    /** The spelling in lower case (the same string when it has no capital). */
    String lower(int spelling) {
        return form[lowerForm[spelling]];
    }

    boolean is(int spelling, int flag) {
        return (flags[spelling] & flag) != 0;
    }

    int textForm(int spelling) {
        return textForm[spelling];
    }

    int lowerForm(int spelling) {
        return lowerForm[spelling];
    }

    /** The number article {@code gen} gave this spelling, or -1 when it has not seen it. */
    int localSpelling(int spelling, int gen) {
        return spellingStamp[spelling] == gen ? spellingLocal[spelling] : -1;
    }

    void setLocalSpelling(int spelling, int gen, int local) {
        spellingStamp[spelling] = gen;
        spellingLocal[spelling] = local;
    }

    /** The number article {@code gen} gives form {@code f}: {@code next} when the article first uses it. */
    int localForm(int f, int gen, int next) {
        if (formStamp[f] == gen) return formLocal[f];
        formStamp[f] = gen;
        return formLocal[f] = next;
    }

    /** {@link WordList#syllable} of form {@code f} in {@code list}, asked of the list once per form. */
    int syllable(WordList list, int f) {
        byte[] cache = syllablesOf(list);
        int v = cache[f];
        if (v == 0) cache[f] = (byte) (v = list.syllable(form[f]));
        return v;
    }

    private byte[] syllablesOf(WordList list) {
        for (int i = 0; i < lists.length; i++) {
            if (lists[i] == list) {
                if (syllables[i].length < form.length) syllables[i] = Arrays.copyOf(syllables[i], form.length);
                return syllables[i];
            }
        }
        lists = Arrays.copyOf(lists, lists.length + 1);
        syllables = Arrays.copyOf(syllables, syllables.length + 1);
        lists[lists.length - 1] = list;
        return syllables[syllables.length - 1] = new byte[form.length];
    }

    int size() {
        return size;
    }

    private void clear() {
        Arrays.fill(text, 0, size, null);
        Arrays.fill(form, 0, forms, null);
        Arrays.fill(slots, 0);
        Arrays.fill(formSlots, 0);
        for (byte[] s : syllables) Arrays.fill(s, (byte) 0);
        size = 0;
        forms = 0;
        generation = 0;
    }

    private void growSpellings() {
        int n = text.length * 2;
        text = Arrays.copyOf(text, n);
        hashes = Arrays.copyOf(hashes, n);
        flags = Arrays.copyOf(flags, n);
        textForm = Arrays.copyOf(textForm, n);
        lowerForm = Arrays.copyOf(lowerForm, n);
        spellingStamp = Arrays.copyOf(spellingStamp, n);
        spellingLocal = Arrays.copyOf(spellingLocal, n);
    }

    private void growForms() {
        int n = form.length * 2;
        form = Arrays.copyOf(form, n);
        formStamp = Arrays.copyOf(formStamp, n);
        formLocal = Arrays.copyOf(formLocal, n);
    }

    private void rehashSpellings() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = mix(hashes[e]) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = e + 1;
        }
    }

    private void rehashForms() {
        formSlots = new int[formSlots.length * 2];
        int mask = formSlots.length - 1;
        for (int f = 0; f < forms; f++) {
            int slot = mix(form[f].hashCode()) & mask;
            while (formSlots[slot] != 0) slot = (slot + 1) & mask;
            formSlots[slot] = f + 1;
        }
    }

    /** String hashes of words that differ in their last letter are neighbours: spread them over the table. */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private static boolean hasLowerCase(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) return true;
        }
        return false;
    }

    private static boolean hasNonAsciiLetter(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c > 0x7F && Character.isLetter(c)) return true;
        }
        return false;
    }
}
