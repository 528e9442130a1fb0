package ru.sferumworkflow.reports;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/** The month a report covers: given as «ГГГГ-ММ», its name in Russian, its bounds in college time. */
final class ReportMonth {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    private static final YearMonth FIRST = YearMonth.of(2020, 1);

    private ReportMonth() {
    }

    /** The month from a form or a start variable; refuses a malformed one, a future one, or one before 2020. */
    static YearMonth parse(Object value) {
        String text = FormValues.text(value);
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw FormErrors.refusal("Укажите месяц в виде ГГГГ-ММ, например 2026-10.");
        }
        if (month.isAfter(YearMonth.from(Clock.today())) || month.isBefore(FIRST)) {
            throw FormErrors.refusal("Отчёт составляется за прошедший или текущий месяц, не раньше 2020 года.");
        }
        return month;
    }

    static String name(YearMonth month) {
        return NAME.format(month);
    }

    static OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Clock.COLLEGE_ZONE).toOffsetDateTime();
    }

    /** The end of the month, or now for the current month (a report made mid-month counts up to its making). */
    static OffsetDateTime end(YearMonth month) {
        OffsetDateTime end = start(month.plusMonths(1));
        OffsetDateTime now = Clock.now();
        return end.isAfter(now) ? now : end;
    }
}
