package org.gazette.content;

import org.gazette.testing.Shared;
import org.gazette.text.Datelines;
import org.gazette.text.Folding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five real scraped files in {@code ../shared/seeds}, read at run time (their text is not copied
 * into the repository). Checks the metadata the issue expects, and generically that every line of
 * article text reaches the body, in order, and nothing else does.
 */
class RawTextParserSeedsTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final RawTextRules rules = RawTextRules.defaults();
    private final RawTextParser parser = new RawTextParser(rules, HANOI);

    @ParameterizedTest(name = "seed {0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            000 | Công tác tạo nguồn, phát triển đảng viên ở Đảng bộ Công an tỉnh Điện Biên | null | null | null
            001 | Phát triển đảng viên ở Đảng bộ huyện Điện Biên | 2023-03-24T07:35:00+07:00 | Sầm Phúc | null
            002 | Nâng cao chất lượng công tác phát triển đảng viên trong sinh viên các học viện, trường Công an nhân dân | 2022-04-19T16:27:00+07:00 | null | Cổng Thông tin điện tử Bộ Công an
            003 | Đột phá trong xây dựng tổ chức cơ sở Đảng, nâng cao chất lượng đội ngũ đảng viên | null | null | Báo CAND
            004 | Nhiều cách làm thiết thực về xây dựng Đảng của Công an huyện vùng cao | 2019-03-13 | Trần Cường | null
            """)
    void readsTheSeed(String id, String title, String published, String author, String source) throws IOException {
        List<String> lines = seedLines(id);
        ReadResult result = parser.parse(id + ".txt", String.join("\n", lines));
        assertThat(result.hasArticle()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
        ParsedArticle a = result.article();

        assertThat(a.title()).isEqualTo(title);
        assertThat(a.published() == null ? null : a.published().iso()).isEqualTo(published);
        assertThat(a.author()).isEqualTo(author);
        assertThat(a.source()).isEqualTo(source);
        assertThat(a.tags()).isEmpty();
        if ("004".equals(id)) assertThat(a.published().hasTime()).isFalse();

        assertNoFurnitureInBody(a);
        assertEveryTextLineInBodyInOrder(lines, a);
        assertRepeatedLinesKeptOnceAsCaptions(lines, a);
    }

    @ParameterizedTest(name = "seed {0}, line {1}")
    @CsvSource({"000, 2", "001, 7"})
    void photoCaptionLinesAreCaptions(String id, int lineNumber) throws IOException {
        List<String> lines = seedLines(id);
        ParsedArticle a = parser.parse(id + ".txt", String.join("\n", lines)).article();
        String caption = normalise(lines.get(lineNumber - 1));
        assertThat(a.body()).filteredOn(b -> b.text().equals(caption)).singleElement()
                .satisfies(b -> assertThat(b.isCaption()).as("line %d is a caption", lineNumber).isTrue());
    }

    private void assertNoFurnitureInBody(ParsedArticle a) {
        for (Block b : a.body()) {
            assertThat(rules.isChrome(b.text())).as("chrome in body: %s", b.text()).isFalse();
            assertThat(Datelines.parseDateline(b.text(), HANOI)).as("dateline in body: %s", b.text()).isEmpty();
            assertThat(b.text()).doesNotContain("Lượt xem").doesNotContain("In bài viết");
            assertThat(b.text()).containsPattern("[\\p{L}\\p{N}]");
            assertThat(b.text()).isNotEqualTo(a.title()).isNotEqualTo(a.author());
            if (a.source() != null) assertThat(b.text()).doesNotContain(a.source());
        }
    }

    /** Each line that is not title, dateline, chrome, byline, source or punctuation is a block, in order. */
    private void assertEveryTextLineInBodyInOrder(List<String> lines, ParsedArticle a) {
        List<String> blocks = a.body().stream().map(Block::text).toList();
        int last = -1;
        for (String raw : lines) {
            String line = normalise(raw);
            if (!line.matches("(?s).*[\\p{L}\\p{N}].*") || line.equals(a.title()) || rules.isChrome(line)
                    || Datelines.parseDateline(rules.removeNoise(line), HANOI).isPresent()
                    || line.equals(a.author()) || a.source() != null && line.contains(a.source())) {
                continue;
            }
            int at = indexOf(blocks, line, last);
            assertThat(at).as("line reaches the body after block %d: %s", last, line)
                    .isGreaterThanOrEqualTo(Math.max(last, 0));
            last = at;
        }
    }

    /** Adjacent lines equal but for a final period are one caption block. */
    private static void assertRepeatedLinesKeptOnceAsCaptions(List<String> lines, ParsedArticle a) {
        for (int i = 1; i < lines.size(); i++) {
            String key = withoutPeriod(normalise(lines.get(i)));
            if (key.isEmpty() || !key.equals(withoutPeriod(normalise(lines.get(i - 1))))) continue;
            assertThat(a.body()).filteredOn(b -> withoutPeriod(b.text()).equals(key)).singleElement()
                    .satisfies(b -> assertThat(b.isCaption()).isTrue());
        }
    }

    private static int indexOf(List<String> blocks, String line, int from) {
        for (int i = Math.max(from, 0); i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (b.equals(line) || withoutPeriod(b).equals(withoutPeriod(line))) return i;
        }
        return -1;
    }

    private static String normalise(String raw) {
        return Folding.clean(raw).strip().replaceAll("\\s+", " ");
    }

    private static String withoutPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }

    private static List<String> seedLines(String id) throws IOException {
        Path seeds = Shared.seeds();
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst().orElseThrow();
        }
        return new ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1)));
    }
}
