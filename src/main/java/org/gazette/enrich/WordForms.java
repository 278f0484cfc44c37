package org.gazette.enrich;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct words of one article, each spelling kept once with what {@link Tokens} needs to
 * know about it: its lower-case form, whether it is capitalized, an acronym, has a letter outside
 * ASCII or any lower-case letter. A news article uses a few hundred distinct words a thousand
 * times, so each spelling is looked up by its characters in the text (no substring) and analysed
 * only the first time; repeated words share one {@code String}, whose hash is then computed once.
 *
 * <p>Every written and lower-case form also gets a form number (equal strings, equal numbers), so
 * callers can count and compare forms in arrays instead of hash maps keyed by strings.
 *
 * <p>Not thread-safe; one instance per article.
 */
final class WordForms {
    static final int CAPITALIZED = 1;
    static final int ACRONYM = 2;
    static final int NON_ASCII_LETTER = 4;
    static final int HAS_LOWER_CASE = 8;

    private String[] text = new String[256];
    private String[] lower = new String[256];
    private int[] textForm = new int[256];
    private int[] lowerForm = new int[256];
    private byte[] flags = new byte[256];
    private int[] hashes = new int[256];
    private int size;
    /** Open addressing over the spellings: word number + 1, 0 for an empty slot. */
    private int[] slots = new int[512];
    /** Open addressing over the forms (written and lower-case): the form strings, and their numbers. */
    private String[] formKeys = new String[512];
    private int[] formNumbers = new int[512];
    private int forms;

    /** The number of the word spelled {@code s[from, to)}, added on first sight. */
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
        if (size == text.length) grow();
        int e = size++;
        text[e] = word;
        hashes[e] = hash;
        String lowerCase = word.toLowerCase(Locale.ROOT);
        textForm[e] = formOf(word);
        lowerForm[e] = formOf(lowerCase);
        lower[e] = lowerCase.equals(word) ? word : lowerCase;
        int firstCp = word.codePointAt(0);
        int f = 0;
        if (Character.isUpperCase(firstCp) || Character.isTitleCase(firstCp)) f |= CAPITALIZED;
        if (WordList.isAcronym(word)) f |= ACRONYM;
        if (hasNonAsciiLetter(word)) f |= NON_ASCII_LETTER;
        if (hasLowerCase(word)) f |= HAS_LOWER_CASE;
        flags[e] = (byte) f;
        slots[slot] = e + 1;
        if (2 * size > slots.length) rehash();
        return e;
    }

    private int formOf(String form) {
        int mask = formKeys.length - 1;
        int slot = mix(form.hashCode()) & mask;
        for (String k; (k = formKeys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.equals(form)) return formNumbers[slot];
        }
        formKeys[slot] = form;
        formNumbers[slot] = forms;
        if (2 * ++forms > formKeys.length) rehashForms();
        return forms - 1;
    }

    /** How many distinct written and lower-case forms there are: form numbers run from 0 to this, exclusive. */
    int formCount() {
        return forms;
    }

    String text(int word) {
        return text[word];
    }

    String lower(int word) {
        return lower[word];
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
        return (flags[word] & flag) != 0;
    }

    private void grow() {
        int n = text.length * 2;
        text = Arrays.copyOf(text, n);
        lower = Arrays.copyOf(lower, n);
        textForm = Arrays.copyOf(textForm, n);
        lowerForm = Arrays.copyOf(lowerForm, n);
        flags = Arrays.copyOf(flags, n);
        hashes = Arrays.copyOf(hashes, n);
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = mix(hashes[e]) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = e + 1;
        }
    }

    private void rehashForms() {
        String[] keys = formKeys;
        int[] numbers = formNumbers;
        formKeys = new String[keys.length * 2];
        formNumbers = new int[keys.length * 2];
        int mask = formKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) continue;
            int slot = mix(keys[i].hashCode()) & mask;
            while (formKeys[slot] != null) slot = (slot + 1) & mask;
            formKeys[slot] = keys[i];
            formNumbers[slot] = numbers[i];
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
