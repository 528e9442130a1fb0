package ru.sferumworkflow.platform.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import ru.sferumworkflow.validation.Refusal;

/** A day in a query parameter (from, to): ГГГГ-ММ-ДД, or none. */
public final class DateParameter {

    private DateParameter() {
    }

    /** The day; null when the parameter is absent or empty; a Russian refusal when it is not a date. */
    public static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("Дата — в виде ГГГГ-ММ-ДД, например 2026-12-01.");
        }
    }
}
