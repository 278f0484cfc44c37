package org.gazette.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.gazette.text.FoldedWords;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    /** A story of the project's own, in four paragraphs. */
    static final List<String> FLOOD = List.of(
            "Mưa lớn kéo dài từ đêm thứ Hai khiến nước sông Lam dâng cao, nhiều xã ven sông của huyện Thanh Chương bị ngập sâu.",
            "Chính quyền địa phương đã sơ tán hơn ba trăm hộ dân đến các điểm trú tránh an toàn, lực lượng bộ đội biên phòng và dân quân được huy động suốt đêm để chằng chống nhà cửa.",
            "Theo trung tâm dự báo khí tượng thủy văn tỉnh, lượng mưa phổ biến từ một trăm đến hai trăm milimét, có nơi cao hơn, và mực nước trên các sông còn tiếp tục lên trong hai ngày tới.",
            "Ngành giáo dục cho học sinh ở các vùng ngập nghỉ học, ngành y tế chuẩn bị thuốc men và nước sạch, còn ngành điện khẩn trương khắc phục các đường dây bị đổ.");
    /** Another story on the same topic: the same words, not the same text. */
    static final List<String> OTHER_FLOOD = List.of(
            "Lũ trên sông Cả lên nhanh sau ba ngày mưa, hàng trăm ngôi nhà ở huyện Anh Sơn bị nước cô lập, nhiều tuyến đường liên xã bị sạt lở.",
            "Lực lượng cứu hộ dùng ca nô tiếp tế mì tôm và nước uống cho các hộ dân, trong khi chính quyền xã vận động người dân không qua lại ở những đoạn ngầm tràn nguy hiểm.",
            "Các nhà khí tượng nhận định mưa lớn còn kéo dài đến cuối tuần, nguy cơ lũ quét và sạt lở đất ở vùng núi phía tây của tỉnh ở mức cao.",
            "Tỉnh đã xuất quỹ dự phòng để hỗ trợ các gia đình có nhà bị sập, đồng thời cử đoàn công tác xuống kiểm tra tình hình đê điều và hồ chứa.");

    static FoldedWords words(List<String> paragraphs) {
        return new FoldedWords().addAll(paragraphs);
    }

    /** The story scraped again: another site's chrome around it, one sentence edited, its last paragraph gone. */
    static List<String> rescraped(List<String> story) {
        List<String> copy = new ArrayList<>();
        copy.add("Trang chủ › Thời sự › Thiên tai");
        copy.add(story.get(0).replace("nhiều xã ven sông", "hàng loạt xã ven sông"));
        copy.addAll(story.subList(1, story.size() - 1));
        copy.add("Bình luận (0)");
        copy.add("Tin liên quan");
        return copy;
    }

    private static List<int[]> groups(List<List<String>> articles) {
        DuplicateDetector d = new DuplicateDetector(articles.size());
        for (int i = 0; i < articles.size(); i++) d.add(i, words(articles.get(i)));
        return d.groups();
    }

    @Test
    void findsAStoryScrapedAgainWithOtherChromeAnEditedSentenceAndAParagraphLess() {
        assertThat(groups(List.of(FLOOD, OTHER_FLOOD, rescraped(FLOOD)))).containsExactly(new int[] {0, 2});
        assertThat(DuplicateDetector.exactSimilarity(words(FLOOD), words(rescraped(FLOOD)))).isGreaterThan(DuplicateDetector.THRESHOLD);
    }

    @Test
    void leavesDistinctArticlesOnTheSameTopicApart() {
        assertThat(groups(List.of(FLOOD, OTHER_FLOOD))).isEmpty();
        assertThat(DuplicateDetector.exactSimilarity(words(FLOOD), words(OTHER_FLOOD))).isLessThan(0.05);
    }

    @Test
    void leavesOutArticlesTooShortToTell() {
        List<String> brief = List.of("Mưa lớn ở Nghệ An.");
        assertThat(DuplicateDetector.comparable(words(brief))).isFalse();
        assertThat(groups(List.of(brief, brief, FLOOD))).isEmpty();
    }

    @Test
    void groupsEveryCopyOfAStoryScrapedManyTimesWithoutComparingAllPairs() {
        List<List<String>> archive = new ArrayList<>();
        for (int i = 0; i < 200; i++) archive.add(i % 2 == 0 ? FLOOD : rescraped(FLOOD));
        archive.add(OTHER_FLOOD);
        List<int[]> groups = groups(archive);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).containsExactly(IntStream.range(0, 200).toArray());
    }

    @Test
    void givesTheSameGroupsWhateverTheOrderOfAdd() {
        List<List<String>> archive = List.of(FLOOD, OTHER_FLOOD, rescraped(FLOOD), rescraped(OTHER_FLOOD), FLOOD);
        DuplicateDetector backwards = new DuplicateDetector(archive.size());
        for (int i = archive.size() - 1; i >= 0; i--) backwards.add(i, words(archive.get(i)));
        assertThat(backwards.groups()).containsExactly(new int[] {0, 2, 4}, new int[] {1, 3});
        assertThat(groups(archive)).containsExactly(new int[] {0, 2, 4}, new int[] {1, 3});
    }

    @Test
    void choosesTheCanonicalArticleByTheGivenPreference() {
        List<DuplicateGroup> chosen = DuplicateGroup.choose(List.of(new int[] {0, 2, 4}, new int[] {1, 3}),
                Comparator.comparing((Integer i) -> i == 2 || i == 3 ? 0 : 1).thenComparing(i -> i));
        assertThat(chosen).containsExactly(new DuplicateGroup(2, new int[] {0, 4}), new DuplicateGroup(3, new int[] {1}));
    }
}
