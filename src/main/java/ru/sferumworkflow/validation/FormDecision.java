package ru.sferumworkflow.validation;

/**
 * A reviewer's decision from a Tasklist form: one of two answers of a radio field, and a note that one of the
 * answers must carry (a refusal's reason, which the person concerned reads).
 */
public final class FormDecision {

    static final int MAX_NOTE = 1000;

    private FormDecision() {
    }

    /** True for the {@code yes} answer, false for the {@code no} one; refuses anything else with the message. */
    public static boolean choice(Object value, String yes, String no, String chooseMessage) {
        String answer = FormValues.textOrNull(value);
        if (!yes.equals(answer) && !no.equals(answer)) {
            throw FormErrors.refusal(chooseMessage);
        }
        return yes.equals(answer);
    }

    /** The note, trimmed; null when empty and not required. Refuses a missing required note, or a too long one. */
    public static String note(Object value, boolean required, String requiredMessage) {
        String note = FormValues.textOrNull(value);
        if (required && note == null) {
            throw FormErrors.refusal(requiredMessage);
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw FormErrors.refusal("Пояснение — до " + MAX_NOTE + " знаков: сократите его.");
        }
        return note;
    }
}
