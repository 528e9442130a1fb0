package ru.sferumworkflow.channels;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.validation.Refusal;

/** Days asked for over REST (from, to): by default this month and the next, never longer than a year. */
record Period(LocalDate first, LocalDate last) {

    static Period of(String from, String to) {
        LocalDate first = date(from, Clock.today().withDayOfMonth(1));
        LocalDate last = date(to, first.plusMonths(2).minusDays(1));
        if (last.isBefore(first) || first.plusYears(1).isBefore(last)) {
            throw new Refusal("Период — от from до to, не длиннее года.");
        }
        return new Period(first, last);
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("Дата — в виде ГГГГ-ММ-ДД, например 2026-12-01.");
        }
    }
}
