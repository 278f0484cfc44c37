package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Raw-text articles the project wrote for its tests (none copied from a corpus): a story, the same
 * story scraped again from another site, another story on the same topic, and short sports and
 * economy articles to train the category classifier.
 */
public final class SampleArticles {
    private SampleArticles() {}

    public static final String FLOOD_TITLE = "Nước sông Lam dâng cao, nhiều xã ở Thanh Chương bị ngập sâu";

    /** A story as its first site published it. */
    public static final String FLOOD = FLOOD_TITLE + """

            07:35 - Thứ Sáu, 24/03/2023 Lượt xem: 812 In bài viết

            Mưa lớn kéo dài từ đêm thứ Hai khiến nước sông Lam dâng cao, nhiều xã ven sông của huyện Thanh Chương bị ngập sâu, hàng trăm hộ dân phải sơ tán trong đêm.

            Chính quyền địa phương đã sơ tán hơn ba trăm hộ dân đến các điểm trú tránh an toàn; lực lượng bộ đội biên phòng và dân quân được huy động suốt đêm để chằng chống nhà cửa, di dời tài sản.

            Theo trung tâm dự báo khí tượng thủy văn tỉnh, lượng mưa phổ biến từ một trăm đến hai trăm milimét, có nơi cao hơn, và mực nước trên các sông còn tiếp tục lên trong hai ngày tới.

            Ngành giáo dục cho học sinh ở các vùng ngập nghỉ học, ngành y tế chuẩn bị thuốc men và nước sạch, còn ngành điện khẩn trương khắc phục các đường dây bị đổ.

            Trần Minh
            Bình luận
            Tin khác
            Back To Top
            """;

    /** The same story on another site a day later: other chrome, one sentence reworded, the last paragraph gone. */
    public static final String FLOOD_RESCRAPED = "Trang chủ > Thời sự > Thiên tai\n" + FLOOD_TITLE + """

            Cập nhật: 25/03/2023 09:10

            Mưa lớn kéo dài từ đêm thứ Hai khiến nước sông Lam dâng cao, hàng loạt xã ven sông của huyện Thanh Chương chìm trong nước, hàng trăm hộ dân phải sơ tán trong đêm.

            Chính quyền địa phương đã sơ tán hơn ba trăm hộ dân đến các điểm trú tránh an toàn; lực lượng bộ đội biên phòng và dân quân được huy động suốt đêm để chằng chống nhà cửa, di dời tài sản.

            Theo trung tâm dự báo khí tượng thủy văn tỉnh, lượng mưa phổ biến từ một trăm đến hai trăm milimét, có nơi cao hơn, và mực nước trên các sông còn tiếp tục lên trong hai ngày tới.

            Theo Báo Nghệ An
            Chia sẻ
            Tin liên quan
            """;

    /** Another story on the same topic: the same words, not the same text. */
    public static final String OTHER_FLOOD = """
            Lũ sông Cả cô lập hàng trăm ngôi nhà ở Anh Sơn

            08:10 - Thứ Bảy, 25/03/2023

            Lũ trên sông Cả lên nhanh sau ba ngày mưa, hàng trăm ngôi nhà ở huyện Anh Sơn bị nước cô lập, nhiều tuyến đường liên xã bị sạt lở nghiêm trọng.

            Lực lượng cứu hộ dùng ca nô tiếp tế mì tôm và nước uống cho các hộ dân, trong khi chính quyền xã vận động người dân không qua lại ở những đoạn ngầm tràn nguy hiểm.

            Các nhà khí tượng nhận định mưa lớn còn kéo dài đến cuối tuần, nguy cơ lũ quét và sạt lở đất ở vùng núi phía tây của tỉnh ở mức cao.

            Lê Hoa
            """;

    /** Sports articles: a title and two paragraphs each. */
    public static final String[] SPORT = {
            "Đội tuyển bóng đá thắng đậm ở vòng loại\n\nĐội tuyển bóng đá Việt Nam thắng Thái Lan ba bàn không gỡ trên sân Mỹ Đình, tiền đạo trẻ ghi hai bàn trong hiệp hai.\n\nHuấn luyện viên khen các cầu thủ chơi kỷ luật, thủ môn cứu thua nhiều lần và hàng hậu vệ giữ sạch lưới.\n",
            "Câu lạc bộ Hà Nội giữ ngôi đầu V-League\n\nCâu lạc bộ Hà Nội hòa trên sân khách nhưng vẫn giữ ngôi đầu bảng xếp hạng V-League sau vòng đấu thứ mười.\n\nTiền vệ đội trưởng nhận thẻ đỏ phút cuối, huấn luyện viên cho biết đội sẽ khiếu nại lên ban tổ chức giải.\n",
            "Vận động viên điền kinh giành huy chương vàng\n\nVận động viên điền kinh giành huy chương vàng SEA Games ở nội dung chạy bốn trăm mét, phá kỷ lục đại hội.\n\nĐoàn thể thao Việt Nam đã có thêm ba huy chương vàng ở môn bơi lội và cử tạ trong ngày thi đấu thứ năm.\n",
            "Cầu thủ trẻ ký hợp đồng với đội bóng châu Âu\n\nMột cầu thủ trẻ của học viện bóng đá vừa ký hợp đồng ba năm với câu lạc bộ hạng hai của Bồ Đào Nha.\n\nTiền vệ này từng ghi bàn quyết định giúp đội tuyển U23 vào chung kết giải vô địch Đông Nam Á.\n",
            "Giải quần vợt quốc gia khởi tranh\n\nGiải quần vợt vô địch quốc gia khởi tranh với hơn một trăm vận động viên, các hạt giống số một đều thắng trận ra quân.\n\nBan tổ chức cho biết tiền thưởng năm nay tăng gấp đôi, trận chung kết được truyền hình trực tiếp.\n"};

    /** Economy articles: a title and two paragraphs each. */
    public static final String[] ECONOMY = {
            "Ngân hàng Nhà nước giữ nguyên lãi suất điều hành\n\nNgân hàng Nhà nước giữ nguyên lãi suất điều hành, tỷ giá đô la ổn định và thanh khoản của hệ thống ngân hàng dồi dào.\n\nCác ngân hàng thương mại được yêu cầu tiết giảm chi phí để hạ lãi suất cho vay doanh nghiệp.\n",
            "Giá vàng trong nước tăng mạnh\n\nGiá vàng trong nước tăng mạnh theo giá thế giới, chênh lệch giữa giá mua và giá bán được các doanh nghiệp nới rộng.\n\nNhà đầu tư được khuyến cáo thận trọng khi thị trường vàng biến động và tỷ giá có dấu hiệu tăng.\n",
            "Chứng khoán giảm điểm, khối ngoại bán ròng\n\nChỉ số chứng khoán VN-Index giảm điểm phiên thứ ba liên tiếp, nhà đầu tư nước ngoài bán ròng cổ phiếu ngân hàng.\n\nThanh khoản thị trường sụt giảm, dòng tiền chuyển sang nhóm cổ phiếu bất động sản và thép.\n",
            "Xuất khẩu cà phê đạt kỷ lục\n\nKim ngạch xuất khẩu cà phê quý ba đạt mức cao nhất nhiều năm nhờ giá thế giới tăng và nhu cầu từ châu Âu.\n\nCác doanh nghiệp xuất khẩu báo lãi lớn, nông dân Tây Nguyên mở rộng diện tích trồng cà phê.\n",
            "GDP quý hai tăng trưởng khả quan\n\nTổng cục Thống kê cho biết GDP quý hai tăng trưởng khả quan, lạm phát được kiểm soát ở mức thấp.\n\nCông nghiệp chế biến chế tạo và xuất khẩu là động lực chính, đầu tư nước ngoài giải ngân tăng.\n"};

    /** A sports article at the root of an archive: no folder, no front matter. */
    public static final String SPORT_UNSORTED = "Đội tuyển bóng đá nữ vào chung kết\n\nĐội tuyển bóng đá nữ thắng Thái Lan ở bán kết, tiền đạo ghi bàn thắng duy nhất ở hiệp hai và thủ môn cứu thua một quả phạt đền.\n\nHuấn luyện viên cho biết các cầu thủ sẽ nghỉ ngơi trước trận chung kết với đội tuyển Philippines.\n";

    /** Writes {@code text} to {@code content/<relPath>} under {@code site}, making folders. */
    public static void write(Path site, String relPath, String text) {
        Path file = site.resolve("content").resolve(relPath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code site.yaml} under {@code site}. */
    public static void siteYaml(Path site, String yaml) {
        try {
            Files.createDirectories(site);
            Files.writeString(site.resolve("site.yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
