package ru.sferumworkflow.channels;

import java.time.LocalDate;
import java.util.Objects;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.rest.DateParameter;
import ru.sferumworkflow.validation.Refusal;

/** Days asked for over REST (from, to): by default this month and the next, never longer than a year. */
record Period(LocalDate first, LocalDate last) {

    static Period of(String from, String to) {
        LocalDate first = Objects.requireNonNullElse(DateParameter.parse(from), Clock.today().withDayOfMonth(1));
        LocalDate last = Objects.requireNonNullElse(DateParameter.parse(to), first.plusMonths(2).minusDays(1));
        if (last.isBefore(first) || first.plusYears(1).isBefore(last)) {
            throw new Refusal("Период — от from до to, не длиннее года.");
        }
        return new Period(first, last);
    }
}
