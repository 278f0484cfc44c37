package org.gazette.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.gazette.config.TagSettings;
import org.junit.jupiter.api.Test;

class TagAssignerTest {

    private static Keyphrase k(String surface, double score) {
        return new Keyphrase(Keyphrase.keyOf(surface), surface, (float) score);
    }

    private static List<List<String>> noExplicitTags(int articles) {
        return Collections.nCopies(articles, List.of());
    }

    @Test
    void keepsAPhraseThatEveryArticleOfASmallArchiveShares() {
        TagAssigner assigner = new TagAssigner(3, 8);
        for (int i = 0; i < 5; i++) {
            assigner.add(i, List.of(k("đảng viên", 9), k("chi bộ", 5), k("kết nạp", 4), k("Điện Biên " + "ABCDE".charAt(i), 3)));
        }
        assertThat(assigner.assign(noExplicitTags(5))).allSatisfy(tags -> assertThat(tags).startsWith("đảng viên"));
    }

    @Test
    void prefersPhrasesSharedWithOtherArticles() {
        TagAssigner assigner = new TagAssigner(1, 1);
        assigner.add(0, List.of(k("mưa lũ", 5), k("Hương Khê", 6)));
        assigner.add(1, List.of(k("mưa lũ", 5), k("Hà Tĩnh", 6)));
        assertThat(assigner.assign(noExplicitTags(2))).containsExactly(List.of("mưa lũ"), List.of("mưa lũ"));
    }

    @Test
    void articlesShareOneInstanceOfEachTagName() {
        TagAssigner assigner = new TagAssigner(1, 2);
        for (int i = 0; i < 4; i++) assigner.add(i, List.of(k("mưa lũ", 5), k("Hà Tĩnh", 4)));
        List<List<String>> tags = assigner.assign(List.of(List.of(), List.of(), List.of(new String("Hà Tĩnh")), List.of()));
        java.util.Map<String, String> first = new java.util.HashMap<>();
        for (List<String> t : tags) {
            assertThat(t).containsExactlyInAnyOrder("mưa lũ", "Hà Tĩnh");
            for (String name : t) assertThat(name).isSameAs(first.computeIfAbsent(name, x -> name));
        }
    }

    @Test
    void fillsTheMinimumWithUnsharedCandidates() {
        TagAssigner assigner = new TagAssigner(3, 8);
        assigner.add(0, List.of(k("cà phê", 9), k("Buôn Ma Thuột", 2), k("hồ tiêu", 1), k("mùa khô", 0.5)));
        assertThat(assigner.assign(noExplicitTags(1)).get(0)).containsExactly("cà phê", "Buôn Ma Thuột", "hồ tiêu");
    }

    @Test
    void givesFewerThanTheMinimumOnlyWhenCandidatesRunOut() {
        TagAssigner assigner = new TagAssigner(3, 8);
        assigner.add(0, List.of(k("cà phê", 9), k("hồ tiêu", 1)));
        assertThat(assigner.assign(noExplicitTags(2))).containsExactly(List.of("cà phê", "hồ tiêu"), List.of());
    }

    @Test
    void takesWeakCandidatesOnlyToReachTheMinimum() {
        TagAssigner assigner = new TagAssigner(2, 8);
        for (int i = 0; i < 2; i++) assigner.add(i, List.of(k("bóng đá", 10), k("Hà Nội", 8), k("sân cỏ", 1)));
        assertThat(assigner.assign(noExplicitTags(2)).get(0)).containsExactly("bóng đá", "Hà Nội");
    }

    @Test
    void neverGivesMoreThanTheMaximum() {
        TagAssigner assigner = new TagAssigner(3, 4);
        List<Keyphrase> many = new ArrayList<>();
        for (String s : List.of("lúa gạo", "xuất khẩu", "Cần Thơ", "An Giang", "thủy sản", "cá tra")) many.add(k(s, 5));
        assigner.add(0, many);
        assigner.add(1, many);
        assertThat(assigner.assign(noExplicitTags(2))).allSatisfy(tags -> assertThat(tags).hasSize(4));
    }

    @Test
    void putsExplicitTagsFirstAndKeepsAllOfThem() {
        TagAssigner assigner = new TagAssigner(3, 4);
        assigner.add(0, List.of(k("giao thông", 9), k("ùn tắc", 8), k("xe buýt", 7)));
        assigner.add(1, List.of(k("giao thông", 9), k("ùn tắc", 8), k("xe buýt", 7)));
        List<String> five = List.of("Hà Nội", "Sài Gòn", "Đà Nẵng", "Huế", "Hải Phòng");
        List<List<String>> tags = assigner.assign(List.of(List.of(" Hà Nội ", "metro"), five));
        assertThat(tags.get(0)).containsExactly("Hà Nội", "metro", "giao thông", "ùn tắc");
        assertThat(tags.get(1)).isEqualTo(five);
    }

    @Test
    void skipsACandidateThatRepeatsAnExplicitTag() {
        TagAssigner assigner = new TagAssigner(1, 8);
        assigner.add(0, List.of(k("Điện Biên", 9), k("du lịch", 5)));
        assigner.add(1, List.of(k("Điện Biên", 9), k("du lịch", 5)));
        assertThat(assigner.assign(List.of(List.of("dien bien"), List.of())).get(0)).containsExactly("dien bien", "du lịch");
    }

    @Test
    void mergesCaseVariantsIntoTheMostUsedSpelling() {
        TagAssigner assigner = new TagAssigner(1, 3);
        assigner.add(0, List.of(k("Đảng", 5)));
        assigner.add(1, List.of(k("đảng", 5)));
        assigner.add(2, List.of(k("Đảng", 5)));
        assertThat(assigner.assign(noExplicitTags(3))).containsOnly(List.of("Đảng"));
    }

    @Test
    void showsTextWithoutDiacriticsInTheAccentedSpelling() {
        TagAssigner assigner = new TagAssigner(1, 3);
        assigner.add(0, List.of(k("Dien Bien", 5)));
        assigner.add(1, List.of(k("Điện Biên", 5)));
        assigner.add(2, List.of(k("Điện Biên", 5)));
        assertThat(assigner.assign(noExplicitTags(3))).containsOnly(List.of("Điện Biên"));
    }

    @Test
    void keepsEachArticlesWordWhenDiacriticsMakeADifferentWord() {
        TagAssigner assigner = new TagAssigner(1, 3);
        assigner.add(0, List.of(k("bão", 5)));
        assigner.add(1, List.of(k("báo", 5)));
        assigner.add(2, List.of(k("báo", 5)));
        assertThat(assigner.assign(noExplicitTags(3))).containsExactly(List.of("bão"), List.of("báo"), List.of("báo"));
    }

    @Test
    void showsATagInTheSpellingOfTheExplicitTags() {
        TagAssigner assigner = new TagAssigner(1, 3);
        assigner.add(0, List.of(k("Covid", 5)));
        assigner.add(1, List.of(k("Covid", 5)));
        assertThat(assigner.assign(List.of(List.of(), List.of("COVID"))).get(0)).containsExactly("COVID");
    }

    @Test
    void skipsAPhraseContainedInAChosenOne() {
        TagAssigner assigner = new TagAssigner(1, 8);
        for (int i = 0; i < 2; i++) assigner.add(i, List.of(k("Điện Biên", 9), k("huyện Điện Biên", 8), k("du lịch", 5)));
        assertThat(assigner.assign(noExplicitTags(2)).get(0)).containsExactly("Điện Biên", "du lịch");
    }

    @Test
    void keepsAWordNextToALongerPhraseHoldingIt() {
        TagAssigner assigner = new TagAssigner(1, 8);
        for (int i = 0; i < 2; i++) assigner.add(i, List.of(k("đảng viên", 9), k("Đảng", 8)));
        assertThat(assigner.assign(noExplicitTags(2)).get(0)).containsExactly("đảng viên", "Đảng");
    }

    @Test
    void prefersCandidatesThatAddNewWords() {
        TagAssigner assigner = new TagAssigner(1, 2);
        for (int i = 0; i < 2; i++) assigner.add(i, List.of(k("đảng viên", 9), k("Đảng ủy", 8), k("chi bộ", 7)));
        assertThat(assigner.assign(noExplicitTags(2)).get(0)).containsExactly("đảng viên", "chi bộ");
    }

    @Test
    void neverTagsAFragmentOfAnEquallySharedLongerPhrase() {
        TagAssigner assigner = new TagAssigner(1, 8);
        for (int i = 0; i < 3; i++) assigner.add(i, List.of(k("ngay lập", 9), k("ngay lập tức", 8), k("cứu hộ", 5)));
        assertThat(assigner.assign(noExplicitTags(3)).get(0)).containsExactly("ngay lập tức", "cứu hộ");
    }

    @Test
    void discountsPhrasesThatMostArticlesOfALargeArchiveShare() {
        assertThat(TagAssigner.share(1, 5)).isEqualTo(TagAssigner.UNSHARED);
        assertThat(TagAssigner.share(5, 5)).isEqualTo(1f);
        assertThat(TagAssigner.share(30, 100)).isEqualTo(1f);
        assertThat(TagAssigner.share(9_000, 10_000)).isLessThan(0.3f);
    }

    @Test
    void givesArticlesWithoutCandidatesOnlyTheirExplicitTags() {
        TagAssigner assigner = new TagAssigner(3, 8);
        assigner.add(1, List.of(k("cà phê", 9)));
        assertThat(assigner.assign(List.of(List.of("Tây Nguyên"), List.of(), List.of()))).containsExactly(
                List.of("Tây Nguyên"), List.of("cà phê"), List.of());
    }

    @Test
    void givesTheSameTagsWhateverTheOrderAndThreadsOfAdd() {
        Random random = new Random(7);
        String[] words = {"lúa gạo", "xuất khẩu", "Cần Thơ", "An Giang", "thủy sản", "cá tra", "giá", "Mekong", "hạn mặn",
                "phù sa", "nông dân", "thương lái", "Đồng Tháp", "sầu riêng", "trái cây"};
        List<List<Keyphrase>> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<Keyphrase> candidates = new ArrayList<>();
            for (int j = 0; j < 6; j++) candidates.add(k(words[random.nextInt(words.length)], 1 + random.nextInt(4)));
            articles.add(candidates);
        }
        TagAssigner inOrder = new TagAssigner(3, 8);
        for (int i = 0; i < articles.size(); i++) inOrder.add(i, articles.get(i));
        List<Integer> shuffled = new ArrayList<>(IntStream.range(0, articles.size()).boxed().toList());
        Collections.shuffle(shuffled, random);
        TagAssigner parallel = new TagAssigner(3, 8);
        shuffled.parallelStream().forEach(i -> parallel.add(i, articles.get(i)));
        assertThat(parallel.assign(noExplicitTags(300))).isEqualTo(inOrder.assign(noExplicitTags(300)));
    }

    @Test
    void rejectsAnArticleAddedTwiceOrMissingFromTheExplicitTags() {
        TagAssigner assigner = new TagAssigner(3, 8);
        assigner.add(4, List.of(k("cà phê", 9)));
        assertThatThrownBy(() -> assigner.add(4, List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> assigner.assign(noExplicitTags(4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TagAssigner(5, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsCandidatesCompactAndPhrasesSmall() {
        TagAssigner assigner = new TagAssigner(3, 8);
        Random random = new Random(11);
        int articles = 20_000;
        for (int i = 0; i < articles; i++) {
            List<Keyphrase> candidates = new ArrayList<>();
            for (int j = 0; j < KeyphraseExtractor.MAX_CANDIDATES; j++) {
                int word = (int) Math.min(200_000, Math.abs(random.nextGaussian()) * 4_000);
                candidates.add(k("cụm từ số " + Integer.toString(word, 26).replace('0', 'q'), 24 - j));
            }
            assigner.add(i, candidates);
        }
        assertThat(assigner.candidateBytes() / articles).isLessThanOrEqualTo(16 + 6 * KeyphraseExtractor.MAX_CANDIDATES + 8);
        assertThat(assigner.dictionaryBytes() / assigner.phraseCount()).isLessThan(100);
    }

    @Test
    void mergesAnAcronymWithTheExpansionArticlesGiveAndSumsTheirEvidence() {
        TagAssigner assigner = new TagAssigner(1, 2);
        assigner.add(0, List.of(k("CAND", 6), k("Công an nhân dân", 2), k("Công an", 7)),
                List.of(new AcronymDefinition("CAND", "Công an nhân dân")));
        assigner.add(1, List.of(k("CAND", 6), k("học viện", 5)));
        assigner.add(2, List.of(k("Công an", 4), k("học viện", 5)));
        List<List<String>> tags = assigner.assign(noExplicitTags(3));
        assertThat(tags.get(0)).containsExactly("Công an nhân dân");
        assertThat(tags.get(1)).containsExactly("Công an nhân dân", "học viện");
    }

    @Test
    void mergesAPlaceWrittenWithItsAdministrativeUnitIntoThePlace() {
        TagAssigner assigner = new TagAssigner(1, 3);
        assigner.add(0, List.of(k("huyện Điện Biên", 8), k("du lịch", 5)));
        assigner.add(1, List.of(k("Điện Biên", 6), k("du lịch", 5)));
        assigner.add(2, List.of(k("xã hội", 6), k("Ban Chấp hành", 5)));
        List<List<String>> tags = assigner.assign(noExplicitTags(3));
        assertThat(tags.get(0)).containsExactly("Điện Biên", "du lịch");
        assertThat(tags.get(2)).containsExactly("xã hội", "Ban Chấp hành");
    }

    @Test
    void letsAnOrganizationCarryThePlaceItNames() {
        TagAssigner assigner = new TagAssigner(1, 8);
        for (int i = 0; i < 2; i++) assigner.add(i, List.of(k("Công an Điện Biên", 9), k("Điện Biên", 8), k("Điện Biên Phủ", 7)));
        assertThat(assigner.assign(noExplicitTags(2)).get(0)).containsExactly("Công an Điện Biên", "Điện Biên");
    }

    @Test
    void showsSynonymsOfTheSiteAsTheirValueForEveryArticleAndExplicitTag() {
        TagSettings settings = new TagSettings(Map.of("CAND", "Công an nhân dân", "TP.HCM", "Thành phố Hồ Chí Minh"), List.of(), List.of());
        TagAssigner assigner = new TagAssigner(1, 3, settings);
        assigner.add(0, List.of(k("CAND", 6), k("học viện", 5)));
        assigner.add(1, List.of(k("cong an nhan dan", 6), k("học viện", 5)));
        List<List<String>> tags = assigner.assign(List.of(List.of(), List.of("tp.hcm")));
        assertThat(tags.get(0)).containsExactly("Công an nhân dân", "học viện");
        assertThat(tags.get(1)).containsExactly("Thành phố Hồ Chí Minh", "Công an nhân dân", "học viện");
    }

    @Test
    void neverChoosesABlockedPhraseButKeepsItAsAnExplicitTag() {
        TagSettings settings = new TagSettings(Map.of(), List.of("Tin tuc", "ĐỜI SỐNG"), List.of());
        TagAssigner assigner = new TagAssigner(1, 3, settings);
        assigner.add(0, List.of(k("tin tức", 9), k("đời sống", 8), k("du lịch", 5)));
        assigner.add(1, List.of(k("tin tức", 9), k("du lịch", 5)));
        List<List<String>> tags = assigner.assign(List.of(List.of(), List.of("Tin tức")));
        assertThat(tags.get(0)).containsExactly("du lịch");
        assertThat(tags.get(1)).containsExactly("Tin tức", "du lịch");
    }

    @Test
    void givesAWithdrawnArticleOnlyItsRequiredTagsAndStopsCountingItsPhrases() {
        TagAssigner assigner = new TagAssigner(1, 1);
        assigner.add(0, List.of(k("mưa lũ", 5), k("Hương Khê", 6)));
        assigner.add(1, List.of(k("mưa lũ", 5), k("Hà Tĩnh", 6)));
        assigner.withdraw(1);
        assertThat(assigner.assign(List.of(List.of(), List.of("bão")))).containsExactly(List.of("Hương Khê"), List.of("bão"));
    }
}
