package org.gazette.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesPropertiesTest {
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Property(tries = 500)
    void neverThrows(@ForAll("hostile") String text) {
        Datelines.parse(text, HANOI);
        Datelines.parseDateline(text, HANOI);
        Datelines.weekday(text);
    }

    @Property(tries = 300)
    void readsBackAnyDateInEachNumericLayout(@ForAll("dates") LocalDate date, @ForAll("layouts") String layout) {
        String text = date.format(DateTimeFormatter.ofPattern(layout, Locale.ENGLISH));
        assertThat(Datelines.parseDateline(text, HANOI)).hasValueSatisfying(at -> assertThat(at.date()).isEqualTo(date));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("Thứ Sáu", "24", "/", "-", ".", "2023", ":", "07", "GMT", "+", "7",
                "[", "]", "(", ")", " ", "tháng", "năm", "ngày", "March", "3rd", ",", "PM", "h", "giờ", "Z", "T",
                "\u0301", "\uFEFF").list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(400), pieces);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31));
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of("dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd",
                "'ngày' d 'tháng' M 'năm' yyyy", "d MMMM yyyy", "MMMM d, yyyy");
    }
}
