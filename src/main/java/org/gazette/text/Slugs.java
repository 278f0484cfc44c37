package org.gazette.text;

/**
 * ASCII URL slugs: {@code "Phát triển đảng viên" → "phat-trien-dang-vien"}.
 *
 * <p>Folds diacritics (with {@code đ → d}), keeps {@code a-z0-9}, turns every other run into one
 * hyphen, trims hyphens, and cuts long slugs at a word boundary. The result is stable: the same
 * text always gives the same slug, and a slug's slug is itself.
 */
public final class Slugs {
    /** Long enough for a headline's worth of words, short enough for a readable URL. */
    public static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** The slug of {@code text}, or the empty string when nothing of it is ASCII-representable. */
    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    public static String of(String text, int maxLength) {
        String folded = Folding.fold(Folding.clean(text));
        StringBuilder out = new StringBuilder(Math.min(folded.length(), maxLength + 1));
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!keep) {
                pendingHyphen = out.length() > 0;
                continue;
            }
            if (pendingHyphen) {
                out.append('-');
                pendingHyphen = false;
            }
            out.append(c);
        }
        if (out.length() <= maxLength) return out.toString();
        String cut = out.substring(0, maxLength);
        int hyphen = cut.lastIndexOf('-');
        if (hyphen > maxLength / 2) cut = cut.substring(0, hyphen);
        // A cut that ends in a hyphen would not be its own slug.
        while (cut.endsWith("-")) cut = cut.substring(0, cut.length() - 1);
        return cut;
    }
}
