package org.gazette.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.gazette.text.FoldedWords;
import org.junit.jupiter.api.Test;

class CategoryClassifierTest {
    private static final List<String> SPORT = List.of(
            "Đội tuyển bóng đá Việt Nam thắng Thái Lan 2-0 trên sân Mỹ Đình, tiền đạo ghi bàn ở hiệp hai.",
            "Huấn luyện viên công bố danh sách cầu thủ dự vòng loại World Cup, thủ môn trẻ được gọi lần đầu.",
            "Câu lạc bộ Hà Nội giữ ngôi đầu V-League sau trận hòa, hậu vệ nhận thẻ đỏ phút cuối.",
            "Vận động viên điền kinh giành huy chương vàng SEA Games ở nội dung chạy 400 mét.");
    private static final List<String> ECONOMY = List.of(
            "Ngân hàng Nhà nước giữ nguyên lãi suất điều hành, tỷ giá đô la ổn định trong tuần.",
            "Giá vàng trong nước tăng mạnh, doanh nghiệp xuất khẩu cà phê báo lãi quý ba.",
            "Chỉ số chứng khoán VN-Index giảm điểm, nhà đầu tư nước ngoài bán ròng cổ phiếu ngân hàng.",
            "Lạm phát tháng này thấp, GDP quý hai tăng trưởng nhờ công nghiệp chế biến và xuất khẩu.");

    private static int[] features(String text) {
        return CategoryFeatures.of(new FoldedWords().add(text));
    }

    private static CategoryClassifier trained() {
        CategoryClassifier c = new CategoryClassifier();
        SPORT.forEach(t -> c.learn("the-thao", features(t)));
        ECONOMY.forEach(t -> c.learn("kinh-te", features(t)));
        return c;
    }

    @Test
    void guessesTheCategoryWhoseWordsAnArticleShares() {
        CategoryClassifier c = trained();
        assertThat(c.predict(features("Tiền đạo ghi hai bàn giúp đội tuyển thắng trận vòng loại")).category()).isEqualTo("the-thao");
        assertThat(c.predict(features("Lãi suất ngân hàng giảm, giá vàng và tỷ giá đô la đi ngang")).category()).isEqualTo("kinh-te");
        assertThat(c.categoryCount()).isEqualTo(2);
        assertThat(c.articleCount()).isEqualTo(8);
    }

    @Test
    void isMoreConfidentAboutAClearArticleThanAnAmbiguousOne() {
        CategoryClassifier c = trained();
        double clear = c.predict(features("Đội tuyển bóng đá thắng, tiền đạo ghi bàn, thủ môn cứu thua, cầu thủ ăn mừng")).confidence();
        double mixed = c.predict(features("Cầu thủ đầu tư cổ phiếu ngân hàng")).confidence();
        assertThat(clear).isBetween(0.0, 1.0).isGreaterThan(mixed);
        assertThat(mixed).isBetween(0.0, 1.0);
    }

    @Test
    void guessesNothingWithoutTwoCategoriesOrWithoutWords() {
        CategoryClassifier one = new CategoryClassifier();
        SPORT.forEach(t -> one.learn("the-thao", features(t)));
        assertThat(one.predict(features("bóng đá"))).isNull();
        assertThat(new CategoryClassifier().predict(features("bóng đá"))).isNull();
        assertThat(trained().predict(new int[0])).isNull();
    }

    @Test
    void learnsTheSameFromManyThreadsAsFromOne() {
        CategoryClassifier serial = trained();
        CategoryClassifier parallel = new CategoryClassifier();
        IntStream.range(0, 8).parallel().forEach(i ->
                parallel.learn(i < 4 ? "the-thao" : "kinh-te", features(i < 4 ? SPORT.get(i) : ECONOMY.get(i - 4))));
        int[] probe = features("Ngân hàng tăng lãi suất, đội tuyển thắng");
        assertThat(parallel.predict(probe)).isEqualTo(serial.predict(probe));
    }
}
