package org.gazette.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FrontMatterDatesTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-03-24                   | 2023-03-24",
            "2023-03-24T07:35:00+07:00    | 2023-03-24T07:35:00+07:00",
            "2023-03-24T07:35             | 2023-03-24T07:35:00+07:00",
            "2023-03-24 07:35             | 2023-03-24T07:35:00+07:00",
            "2023-03-24T00:35:00Z         | 2023-03-24T07:35:00+07:00",
            "2023-03-23T19:35:00-0500     | 2023-03-24T07:35:00+07:00",
            "2023-03-24 07:35:00.250 +07  | 2023-03-24T07:35:00.25+07:00",
            "' 2023-03-24 '               | 2023-03-24",
    })
    void readsIsoForms(String value, String iso) {
        assertThat(FrontMatterDates.parse(value, HANOI)).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "24/03/2023                   | 2023-03-24",
            "24/03/2023 07:35             | 2023-03-24T07:35:00+07:00",
            "ngày 24 tháng 3 năm 2023     | 2023-03-24",
            "Published 3 March 2021       | 2021-03-03",
    })
    void readsDatelinesAsPagesPrintThem(String value, String iso) {
        assertThat(FrontMatterDates.parse(value, HANOI)).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-03-24T25:00", "hôm qua", "", "2023-03-24T07:35+25:00", "28/10"})
    void rejectsEverythingElse(String value) {
        assertThat(FrontMatterDates.parse(value, HANOI)).isEmpty();
    }
}
