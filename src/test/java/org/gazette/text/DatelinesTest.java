package org.gazette.text;

import org.gazette.content.PublishedAt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static String iso(String text) {
        return Datelines.parse(text, HANOI).map(PublishedAt::iso).orElse(null);
    }

    private static String isoDateline(String line) {
        return Datelines.parseDateline(line, HANOI).map(PublishedAt::iso).orElse(null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-03-24                                   | 2023-03-24
            2023-03-24T07:35:00+07:00                    | 2023-03-24T07:35:00+07:00
            2023-03-24T07:35:00.250+0700                 | 2023-03-24T07:35:00+07:00
            2023-03-24T07:35+07                          | 2023-03-24T07:35:00+07:00
            2023-03-24 07:35                             | 2023-03-24T07:35:00+07:00
            2023-03-24T00:35:00Z                         | 2023-03-24T00:35:00Z
            2023/03/24                                   | 2023-03-24
            07:35 - Thứ Sáu, 24/03/2023                  | 2023-03-24T07:35:00+07:00
            'Thứ Ba, 19/04/2022, 16:27 [GMT+7]'          | 2022-04-19T16:27:00+07:00
            13/03/2019                                   | 2019-03-13
            Chủ nhật, 7/5/2023 - 08:15                   | 2023-05-07T08:15:00+07:00
            ngày 24 tháng 3 năm 2023                     | 2023-03-24
            24 tháng 03, 2023                            | 2023-03-24
            24-3-2023                                    | 2023-03-24
            24.03.2023                                   | 2023-03-24
            'Thứ năm, 23/3/2023, 14:00 (GMT+7)'          | 2023-03-23T14:00:00+07:00
            Cập nhật: 09:12 ngày 24-3-2023               | 2023-03-24T09:12:00+07:00
            Thời gian đăng: 26/11/2018 01:49:17 PM       | 2018-11-26T13:49:17+07:00
            Thời gian đăng: 26/11/2018 12:05 AM          | 2018-11-26T00:05:00+07:00
            24/03/2023 07:35 GMT+7                       | 2023-03-24T07:35:00+07:00
            24/03/2023 14h30                             | 2023-03-24T14:30:00+07:00
            24/03/2023 9 giờ 05 CH                       | 2023-03-24T21:05:00+07:00
            Thứ Sáu, 24-03-2023, 07:35                   | 2023-03-24T07:35:00+07:00
            Thứ sáu, 24/03/2023 - 07:35                  | 2023-03-24T07:35:00+07:00
            THỨ SÁU, 24/03/2023                          | 2023-03-24
            Published 3 March 2021                       | 2021-03-03
            'March 3, 2021'                              | 2021-03-03
            'Wednesday, March 3rd, 2021'                 | 2021-03-03
            3 March 2021 10:15 GMT                       | 2021-03-03T10:15:00Z
            Updated: 3 Mar 2021                          | 2021-03-03
            'Sept. 30, 2020 at 5:04 pm'                  | 2020-09-30T17:04:00+07:00
            24/03/2023 07:35 +05:30                      | 2023-03-24T07:35:00+05:30
            24/03/2023 07:35 UTC-3                       | 2023-03-24T07:35:00-03:00
            """)
    void parsesEveryKnownShape(String text, String expected) {
        assertThat(iso(text)).isEqualTo(expected);
    }

    @Test
    void explicitOffsetWinsOverTheZone() {
        PublishedAt at = Datelines.parse("19/04/2022, 16:27 [GMT+7]", PARIS).orElseThrow();
        assertThat(at.dateTime().getZone()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(at.iso()).isEqualTo("2022-04-19T16:27:00+07:00");
    }

    @Test
    void withoutOffsetTheGivenZoneApplies() {
        PublishedAt at = Datelines.parse("24/03/2023 07:35", PARIS).orElseThrow();
        assertThat(at.dateTime().getZone()).isEqualTo(PARIS);
        assertThat(at.iso()).isEqualTo("2023-03-24T07:35:00+01:00");
    }

    @Test
    void aDateWithoutTimeIsNotTimed() {
        PublishedAt at = Datelines.parse("13/03/2019", HANOI).orElseThrow();
        assertThat(at.hasTime()).isFalse();
        assertThat(at.iso()).isEqualTo("2019-03-13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2023", "30/13/2023", "2023-02-30", "0/1/2023", "31 tháng 4 năm 2023",
        "February 30, 2021"})
    void rejectsImpossibleDates(String text) {
        assertThat(iso(text)).isNull();
        assertThat(isoDateline(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ngày 28/10, Đảng ủy tổ chức hội nghị", "28/10", "Thứ Năm (28/10)", "chiều qua (5/3)",
        "Feb 26", "March 3", "11/2022", "2015-2020", "05-CT/TW", "14/KH-CAH", "1.162 đảng viên", "07:35",
        "Thứ Sáu", ""})
    void neverInventsAYear(String text) {
        assertThat(iso(text)).isNull();
    }

    @Test
    void keepsTheDateWhenTheWeekdayDisagrees() {
        assertThat(isoDateline("Thứ Hai, 24/03/2023")).isEqualTo("2023-03-24");
        assertThat(Datelines.weekday("Thứ Hai, 24/03/2023")).contains(DayOfWeek.MONDAY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thứ Hai, 20/03/2023  | MONDAY
            thứ ba               | TUESDAY
            Thứ Tư               | WEDNESDAY
            Thứ 5, 23/3/2023     | THURSDAY
            T6 24/03/2023        | FRIDAY
            Thứ Bẩy              | SATURDAY
            Chủ Nhật, 26/3/2023  | SUNDAY
            CN 26/3/2023         | SUNDAY
            Monday, 3 March 2021 | MONDAY
            Thu. 4 March 2021    | THURSDAY
            """)
    void namesTheWeekday(String line, DayOfWeek expected) {
        assertThat(Datelines.weekday(line)).contains(expected);
    }

    @Test
    void noWeekdayInAPlainDate() {
        assertThat(Datelines.weekday("24/03/2023 07:35")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "07:35 - Thứ Sáu, 24/03/2023 Lượt xem: 5654 In bài viết",
        "Thứ Ba, 19/04/2022, 16:27 [GMT+7]",
        "13/03/2019",
        "Cập nhật: 09:12 ngày 24-3-2023",
        "Thời gian đăng: 26/11/2018 01:49:17 PM",
        "Published 3 March 2021 | Updated",
        "Posted on March 3, 2021 at 10:15",
        "  24/03/2023 07:35 GMT+7  ",
        "Thứ Sáu, 24/03/2023 | 07:35",
        "(24/03/2023)",
    })
    void recognisesWholeDatelines(String line) {
        assertThat(isoDateline(line)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ngày 19/4/2022, tại Hà Nội, Đại tướng đã có buổi làm việc với các đơn vị.",
        "Hội nghị diễn ra ngày 24/03/2023",
        "Quyết định số 08-QĐi/TW, ngày 25/2/2018",
        "Kết quả xổ số điện toán ngày 6/2/2017",
        "Title of a related article(24/03/2023)",
        "On 3 March 2021 the council voted",
    })
    void rejectsSentencesThatMerelyContainADate(String line) {
        assertThat(isoDateline(line)).isNull();
    }

    @Test
    void parseIsLenientAboutSurroundingWords() {
        assertThat(iso("Ngày 19/4/2022, tại Hà Nội")).isEqualTo("2022-04-19");
    }

    @Test
    void takesTheFirstOfSeveralDates() {
        assertThat(iso("Published 3 March 2021, updated 4/3/2021")).isEqualTo("2021-03-03");
        assertThat(iso("24/03/2023, cập nhật 2023-03-25")).isEqualTo("2023-03-24");
    }

    @Test
    void handlesDecomposedTextAndNoBreakSpaces() {
        String nfd = java.text.Normalizer.normalize("Thứ Sáu,\u00A024/03/2023", java.text.Normalizer.Form.NFD);
        assertThat(isoDateline(nfd)).isEqualTo("2023-03-24");
        assertThat(Datelines.weekday(nfd)).contains(DayOfWeek.FRIDAY);
    }

    @Test
    void ignoresLongRunningText() {
        String longLine = "24/03/2023 " + "chữ ".repeat(200);
        assertThat(iso(longLine)).isNull();
        assertThat(Datelines.weekday("Thứ Sáu " + "x".repeat(400))).isEmpty();
    }

    @Test
    void ignoresAnImpossibleTimeButKeepsTheDate() {
        assertThat(iso("2023-03-24T25:10")).isEqualTo("2023-03-24");
    }
}
