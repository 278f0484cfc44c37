package org.gazette.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the body lines of a raw article into paragraphs and photo captions.
 *
 * <p>Scraped pages keep a photo's caption as a line of its own. A line is a caption when
 * <ol>
 *   <li>it carries a caption marker ({@code Ảnh: C.T.V}, {@code Trong ảnh: …}, {@code (Ảnh minh họa)});</li>
 *   <li>or it is repeated on the next line, with or without a final period (the image's alt text and
 *       its caption); the copy is dropped;</li>
 *   <li>or it is the first body line, right under the title, has no closing punctuation, at most
 *       {@value #MAX_SUBTITLE_WORDS} words and is shorter than the line after it (the lead photo's caption);</li>
 *   <li>or it sits between two paragraphs, each at least twice its length, and reads like a caption:
 *       at most {@value #MAX_SHORT_CAPTION} characters, one sentence starting with a capital, no
 *       quotation marks, and no ending that continues or asks ({@code :}, {@code ;}, {@code ,},
 *       {@code ?}, {@code !}, {@code …}).</li>
 * </ol>
 * Everything else is a paragraph, so a short paragraph next to another short one, a lead-in
 * ending with a colon, a quotation or a list item stays a paragraph. Marked and repeated lines
 * longer than {@value #MAX_CAPTION} characters are paragraphs too.
 */
final class BodyBlocks {
    private static final int MAX_CAPTION = 400;
    private static final int MAX_SHORT_CAPTION = 160;
    private static final int MAX_SUBTITLE_WORDS = 40;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?…]\\s+\\p{Lu}");

    private BodyBlocks() {}

    static List<Block> build(List<SourceLine> lines, RawTextRules rules) {
        List<String> texts = new ArrayList<>(lines.size());
        List<Boolean> repeated = new ArrayList<>(lines.size());
        String previousKey = null;
        for (SourceLine line : lines) {
            String key = withoutFinalPeriod(line.text());
            if (key.equals(previousKey)) {
                repeated.set(repeated.size() - 1, true);
                continue;
            }
            texts.add(line.text());
            repeated.add(false);
            previousKey = key;
        }
        int typical = medianLength(texts);
        List<Block> blocks = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean caption = text.length() <= MAX_CAPTION && (repeated.get(i) || rules.hasCaptionMarker(text))
                    || i == 0 && texts.size() > 1 && isSubtitleCaption(text, texts.get(1))
                    || i > 0 && i < texts.size() - 1 && isShortCaption(text, texts.get(i - 1), texts.get(i + 1), typical)
                            && !rules.hasProseMarker(text);
            blocks.add(caption ? Block.caption(text) : Block.paragraph(text));
        }
        return blocks;
    }

    private static boolean isSubtitleCaption(String text, String next) {
        return text.length() < next.length() && Character.isUpperCase(text.codePointAt(0))
                && Character.isLetterOrDigit(text.charAt(text.length() - 1))
                && text.split(" ", MAX_SUBTITLE_WORDS + 1).length <= MAX_SUBTITLE_WORDS;
    }

    private static boolean isShortCaption(String text, String previous, String next, int typical) {
        int length = text.length();
        if (length > MAX_SHORT_CAPTION || 2 * length > previous.length() || 2 * length > next.length()) return false;
        if (3 * length > typical) return false;
        if (!Character.isUpperCase(text.codePointAt(0))) return false;
        char last = text.charAt(length - 1);
        boolean plainEnd = Character.isLetterOrDigit(last) || last == ')'
                || last == '.' && length > 1 && text.charAt(length - 2) != '.';
        if (!plainEnd) return false;
        for (int i = 0; i < length; i++) {
            if ("\"“”«»".indexOf(text.charAt(i)) >= 0) return false;
        }
        return !SENTENCE_BREAK.matcher(text).find();
    }

    private static int medianLength(List<String> texts) {
        int[] lengths = new int[texts.size()];
        for (int i = 0; i < lengths.length; i++) lengths[i] = texts.get(i).length();
        java.util.Arrays.sort(lengths);
        return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
    }

    private static String withoutFinalPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }
}
