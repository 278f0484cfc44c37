package org.gazette.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.ParsedArticle;
import org.gazette.content.SourceFile;
import org.gazette.testing.Shared;
import org.gazette.text.FoldedWords;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's acceptance: a copy of a seed with other chrome and one edited sentence is found as its
 * duplicate, read as a build reads it; the five seeds themselves, all about the Party's membership
 * work, are not duplicates of each other.
 */
class SeedDuplicateTest {

    @Test
    void findsASeedScrapedAgainAndNoOtherSeed() throws IOException {
        Path seeds = Shared.seeds();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        texts.add(rescraped(texts.get(1)));

        ArticleReader reader = new ArticleReader(SiteConfig.defaults());
        DuplicateDetector detector = new DuplicateDetector(texts.size());
        for (int i = 0; i < texts.size(); i++) detector.add(i, body(reader, texts.get(i)));

        assertThat(detector.groups()).containsExactly(new int[] {1, 5});
    }

    /**
     * Seed 001 as another site would show it: its dateline and closing chrome replaced by other
     * lines, and one sentence of the body reworded.
     */
    private static String rescraped(String seed) {
        List<String> lines = new ArrayList<>(List.of(seed.split("\r?\n")));
        String dateline = lines.stream().filter(l -> l.contains("Lượt xem")).findFirst().orElseThrow();
        lines.set(lines.indexOf(dateline), "Cập nhật: 24/03/2023 07:40 | Chia sẻ Facebook");
        int edited = lines.indexOf(lines.stream().filter(l -> l.startsWith("Với phương châm")).findFirst().orElseThrow());
        lines.set(edited, lines.get(edited).replace("để làm tốt công tác phát triển đảng viên", "nhằm thực hiện hiệu quả việc kết nạp đảng viên"));
        while (!lines.get(lines.size() - 1).equals("Sầm Phúc")) lines.remove(lines.size() - 1);
        lines.add(0, "Trang chủ > Xây dựng Đảng");
        lines.addAll(List.of("Tin cùng chuyên mục", "Đọc nhiều", "Về đầu trang"));
        String copy = String.join("\n", lines);
        assertThat(copy).isNotEqualTo(seed);
        return copy;
    }

    private static FoldedWords body(ArticleReader reader, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ParsedArticle a = reader.read(new SourceFile(Path.of(""), "x.txt", bytes.length), bytes).article();
        return new FoldedWords().addAll(a.body().stream().map(Block::plainText).toList());
    }
}
