package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the five scraped seed articles. The title and paragraphs come from a crude stand-in
 * for the real parser: the title line is known per seed, paragraphs are the later lines longer
 * than 60 characters.
 */
class SeedTagsTest {
    /** 1-based line of each seed's title; seed 002 starts with a dateline. */
    private static final Map<String, Integer> TITLE_LINE = Map.of("000", 1, "001", 1, "002", 3, "003", 1, "004", 1);
    private static final List<String> CHROME = List.of("Phản hồi", "Bình luận", "Tin khác", "Các tin khác", "Mới nhất",
            "Xem nhiều nhất", "Back To Top", "Liên kết website", "Tìm kiếm", "Tin tức", "Sự kiện", "Lượt xem", "In bài viết",
            "Thông tin người gửi phản hồi", "Nguồn");

    private static Map<String, List<String>> tagsBySeed;

    /** Skips each test, saying why, when the seeds are absent; tags them once otherwise. */
    @BeforeEach
    void tagTheSeedsOnce() throws IOException {
        Path dir = SharedData.require("seeds");
        if (tagsBySeed == null) tagsBySeed = tag(dir);
    }

    private static Map<String, List<String>> tag(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        KeyphraseExtractor extractor = new KeyphraseExtractor(Stopwords.defaults());
        TagAssigner assigner = new TagAssigner(3, 8);
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            String id = file.getFileName().toString().substring(0, 3);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int titleLine = TITLE_LINE.get(id);
            List<String> paragraphs = lines.subList(titleLine, lines.size()).stream()
                    .map(String::strip).filter(line -> line.length() > 60).collect(Collectors.toList());
            assigner.add(ids.size(), extractor.extract(lines.get(titleLine - 1).strip(), paragraphs));
            ids.add(id);
        }
        List<List<String>> tags = assigner.assign(Collections.nCopies(ids.size(), List.of()));
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
        assertThat(tagsBySeed.get("001")).contains("Điện Biên", "đảng viên");
    }

    @Test
    void seed002NamesTheMinisterAndThePeoplesPolice() {
        assertThat(tagsBySeed.get("002")).contains("Tô Lâm").containsAnyOf("Công an nhân dân", "CAND");
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
