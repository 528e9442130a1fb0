package ru.sferumworkflow.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import ru.sferumworkflow.platform.Clock;

/** Values of submitted forms as the checks read them, whatever type a client sent. */
public final class FormValues {

    private FormValues() {
    }

    /** The value as trimmed text; empty when nothing was sent. */
    public static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    /** The value as trimmed text; null when nothing was sent. */
    public static String textOrNull(Object value) {
        String text = text(value);
        return text.isEmpty() ? null : text;
    }

    /**
     * A date: Camunda Forms submit a date field as text (2026-11-29, possibly with a time after it); REST clients
     * may send a Date. Null when there is none or it cannot be read.
     */
    public static LocalDate date(Object value) {
        if (value instanceof Date legacy) {
            return legacy.toInstant().atZone(Clock.COLLEGE_ZONE).toLocalDate();
        }
        if (value instanceof LocalDate local) {
            return local;
        }
        String text = text(value);
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
