package ru.sferumworkflow.validation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Collects what is wrong with a submitted form and refuses the submission as a whole. The engine's REST API
 * answers a {@link FormFieldValidationException} with 400 and its message, which Tasklist shows to the user;
 * the transaction rolls back, so nothing of the form is saved.
 */
public final class FormErrors {

    private final List<String> problems = new ArrayList<>();

    public void add(String problem) {
        problems.add(problem);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
    }

    public static FormFieldValidationException refusal(List<String> problems) {
        StringBuilder message = new StringBuilder("Исправьте форму: ");
        for (int i = 0; i < problems.size(); i++) {
            message.append(i == 0 ? "" : " ").append(i + 1).append(") ").append(problems.get(i));
        }
        return new FormFieldValidationException(List.copyOf(problems), message.toString());
    }

    public static FormFieldValidationException refusal(String problem) {
        return refusal(List.of(problem));
    }
}
