package org.gazette.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

public class TokenizerTest {
    /** What search.js runs: /[\p{L}\p{M}\p{N}]+/gu. */
    static final Pattern BROWSER = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    @Test
    void splitsOnEverythingButLettersMarksAndNumbers() {
        assertThat(Tokenizer.words("Đảng viên, (2015-2020): Tô Lâm!")).containsExactly("Đảng", "viên", "2015", "2020", "Tô", "Lâm");
    }

    @Test
    void keepsCombiningMarksOfDecomposedTextInsideTheWord() {
        String nfd = Normalizer.normalize("Điện Biên", Normalizer.Form.NFD);
        List<String> words = Tokenizer.words(nfd);
        assertThat(words).hasSize(2);
        assertThat(words.stream().map(Folding::fold)).containsExactly("dien", "bien");
        assertThat(words.stream().map(Tokenizer::exact)).containsExactly("điện", "biên");
    }

    @Test
    void numbersAndOtherScriptsAreWords() {
        assertThat(Tokenizer.words("COVID-19 北京 ١٢٣ Ⅻ ½")).containsExactly("COVID", "19", "北京", "١٢٣", "Ⅻ", "½");
    }

    @Test
    void overlongRunsAreNotWords() {
        assertThat(Tokenizer.words("a".repeat(Tokenizer.MAX_WORD + 1) + " ok")).containsExactly("ok");
    }

    @Test
    void exactSpellingIsLowerCaseNfc() {
        assertThat(Tokenizer.exact("ĐẢNG")).isEqualTo("đảng");
        assertThat(Tokenizer.exact(Normalizer.normalize("Hóa", Normalizer.Form.NFD))).isEqualTo("hóa");
        assertThat(Tokenizer.exact("İ")).isEqualTo("i"); // per UTF-16 unit, as search.js does
    }

    @Property
    void splitsExactlyLikeTheBrowserRegex(@ForAll String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = BROWSER.matcher(text);
        while (m.find()) if (m.group().length() <= Tokenizer.MAX_WORD) expected.add(m.group());
        assertThat(Tokenizer.words(text)).isEqualTo(expected);
    }

    @Test
    void everyCharOfTheBasicPlaneIsClassedAsItsUnicodeType() {
        for (int c = 0; c < 1 << 16; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String s = String.valueOf((char) c);
            assertThat(Tokenizer.words(s)).as("U+%04X", c).hasSize(Tokenizer.isWordChar(c) ? 1 : 0);
        }
    }

    @Test
    void lettersBeyondTheBasicPlaneAndLoneSurrogates() {
        assertThat(Tokenizer.words("a\uD835\uDC00b c")).containsExactly("a\uD835\uDC00b", "c"); // U+1D400, a letter
        assertThat(Tokenizer.words("x\uD800y \uDC00z")).containsExactly("x", "y", "z");
    }

    @Test
    void sharedFoldingCasesHold() throws IOException {
        for (String[] c : foldingCases()) assertThat(Folding.fold(c[0])).as(c[0]).isEqualTo(c[1]);
    }

    /** The cases search.js is checked against too (SearchIT). */
    public static List<String[]> foldingCases() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = TokenizerTest.class.getResourceAsStream("/search/folding-cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                out.add(line.split("\t", 2));
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out;
    }
}
