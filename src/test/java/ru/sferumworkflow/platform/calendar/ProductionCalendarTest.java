package ru.sferumworkflow.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Working days as the college counts them: weekends, public holidays and the year's transfers. */
class ProductionCalendarTest {

    static final ProductionCalendar SHIPPED = ProductionCalendar.read(
            ProductionCalendarTest.class.getResourceAsStream(WorkingDays.SHIPPED), "production-calendar.txt");

    @ParameterizedTest(name = "{0} + {1} рабочих дней = {2}")
    @CsvSource({
            "2026-11-27, 3, 2026-12-02",   // Friday: the weekend is skipped
            "2026-11-27, 10, 2026-12-11",
            "2026-11-03, 1, 2026-11-05",   // 4 November, Unity Day
            "2026-05-08, 1, 2026-05-12",   // 9 May is a Saturday: Monday 11 May is off instead
            "2026-12-30, 1, 2027-01-11",   // 31 December (transferred), the New Year holidays, the weekend
            "2026-03-06, 1, 2026-03-10"})  // 8 March is a Sunday: Monday 9 March is off
    void countsOnlyWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(SHIPPED.plusWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void aWorkingSaturdayFromTheFileCounts() {
        ProductionCalendar calendar = read("2027-11-06 рабочий # перенос\n");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 6))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 7))).isFalse();
    }

    @Test
    void aMistakeInTheFileNamesTheLine() {
        assertThatThrownBy(() -> read("# комментарий\n2027-13-01 выходной\n"))
                .hasMessageContaining("строка 2").hasMessageContaining("ГГГГ-ММ-ДД");
        assertThatThrownBy(() -> read("2027-01-10 праздник\n"))
                .hasMessageContaining("строка 1").hasMessageContaining("«выходной» или «рабочий»");
    }

    @Test
    void timersKeepTheTimeOfDayInMoscow() {
        Date sent = Date.from(OffsetDateTime.of(2026, 11, 27, 20, 30, 0, 0, ZoneOffset.UTC).toInstant()); // 23:30 MSK Friday
        assertThat(new WorkingDays(SHIPPED).after(sent, 3))
                .isEqualTo(Date.from(OffsetDateTime.of(2026, 12, 2, 20, 30, 0, 0, ZoneOffset.UTC).toInstant()));
    }

    private static ProductionCalendar read(String text) {
        return ProductionCalendar.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
