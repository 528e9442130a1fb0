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
     * A whole number from min to max: Camunda Forms submit a number field as a number or text, REST clients as
     * text. Empty when there is none, it is not whole (1.9 is not 1), or it is out of range.
     */
    public static java.util.OptionalInt wholeNumber(Object value, int min, int max) {
        String text = textOrNull(value);
        if (text == null) {
            return java.util.OptionalInt.empty();
        }
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(text);
            if (number.stripTrailingZeros().scale() > 0 || number.compareTo(java.math.BigDecimal.valueOf(min)) < 0
                    || number.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
                return java.util.OptionalInt.empty();
            }
            return java.util.OptionalInt.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalInt.empty();
        }
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
