package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazette.config.SiteConfig;
import org.gazette.content.ArticleReader;
import org.gazette.content.Block;
import org.gazette.content.ParsedArticle;
import org.gazette.content.SourceFile;
import org.gazette.testing.Shared;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the five scraped seed articles, read by the real raw-text reader as a build reads
 * them: title and body paragraphs (captions left out), candidates and spelled-out acronyms.
 */
class SeedTagsTest {
    private static final List<String> CHROME = List.of("Phản hồi", "Bình luận", "Tin khác", "Các tin khác", "Mới nhất",
            "Xem nhiều nhất", "Back To Top", "Liên kết website", "Tìm kiếm", "Tin tức", "Sự kiện", "Lượt xem", "In bài viết",
            "Thông tin người gửi phản hồi", "Nguồn");

    private static Map<String, List<String>> tagsBySeed;

    /** Skips each test, saying why, when the seeds are absent; tags them once otherwise. */
    @BeforeEach
    void tagTheSeedsOnce() throws IOException {
        Path dir = Shared.seeds();
        if (tagsBySeed == null) tagsBySeed = tag(dir);
    }

    private static Map<String, List<String>> tag(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        ArticleReader reader = new ArticleReader(SiteConfig.defaults());
        KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
        TagAssigner assigner = new TagAssigner(3, 8);
        List<String> ids = new ArrayList<>();
        List<List<String>> explicit = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            ParsedArticle article = reader.read(new SourceFile(file.getParent(), file.getFileName().toString(), bytes.length), bytes).article();
            List<String> paragraphs = new ArrayList<>();
            for (Block b : article.body()) if (!b.isCaption()) paragraphs.add(b.plainText());
            assigner.add(ids.size(), extractor.extract(article.title(), paragraphs), extractor.definitions(article.title(), paragraphs));
            explicit.add(article.tags());
            ids.add(file.getFileName().toString().substring(0, 3));
        }
        List<List<String>> tags = assigner.assign(explicit);
        Map<String, List<String>> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), tags.get(i));
            System.out.println("seed " + ids.get(i) + ": " + tags.get(i));
        }
        return byId;
    }

    @Test
    void everySeedGetsThreeToEightTags() {
        assertThat(tagsBySeed).hasSize(5);
        assertThat(tagsBySeed.values()).allSatisfy(tags -> assertThat(tags).hasSizeBetween(3, 8));
    }

    @Test
    void seed001IsAboutDienBienAndItsPartyMembers() {
        assertThat(tagsBySeed.get("001")).contains("Điện Biên", "đảng viên", "Mường Pồn");
    }

    @Test
    void seed002NamesTheMinisterAndThePeoplesPolice() {
        assertThat(tagsBySeed.get("002")).contains("Tô Lâm", "Công an nhân dân").doesNotContain("CAND");
    }

    @Test
    void noTagIsAStopwordANumberADateOrChrome() {
        Stopwords stopwords = Stopwords.defaults();
        List<String> chromeKeys = CHROME.stream().map(Keyphrase::keyOf).collect(Collectors.toList());
        assertThat(tagsBySeed.values().stream().flatMap(List::stream)).allSatisfy(tag -> {
            assertThat(stopwords.isStop(tag)).as(tag).isFalse();
            assertThat(tag.chars().anyMatch(Character::isDigit)).as(tag).isFalse();
            assertThat(Keyphrase.keyOf(tag)).as(tag).doesNotMatch("thu (hai|ba|tu|nam|sau|bay)|chu nhat|gmt")
                    .isNotIn(chromeKeys);
        });
    }

    @Test
    void atLeastThreeTagsAreSharedBySeveralSeeds() {
        Map<String, Integer> seedsPerTag = new HashMap<>();
        for (List<String> tags : tagsBySeed.values()) tags.forEach(tag -> seedsPerTag.merge(tag, 1, Integer::sum));
        assertThat(seedsPerTag.values().stream().filter(n -> n >= 2)).hasSizeGreaterThanOrEqualTo(3);
    }
}
