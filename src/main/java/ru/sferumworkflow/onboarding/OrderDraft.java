package ru.sferumworkflow.onboarding;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The content of an appointment order as the drafter gave it, already checked and normalised
 * (phone as +7XXXXXXXXXX, e-mail in lower case, single spaces in names).
 */
public record OrderDraft(
        String number,
        LocalDate date,
        String adminFullName,
        String adminPosition,
        String adminEmail,
        String adminPhone,
        String secondFullName,
        String secondPosition) {

    /** The process variables of the forms, with the normalised values. */
    public Map<String, Object> toVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OrderVariables.NUMBER, number);
        variables.put(OrderVariables.DATE, date.toString());
        variables.put(OrderVariables.ADMIN_FULL_NAME, adminFullName);
        variables.put(OrderVariables.ADMIN_POSITION, adminPosition);
        variables.put(OrderVariables.ADMIN_EMAIL, adminEmail);
        variables.put(OrderVariables.ADMIN_PHONE, adminPhone);
        variables.put(OrderVariables.SECOND_FULL_NAME, secondFullName);
        variables.put(OrderVariables.SECOND_POSITION, secondPosition);
        return variables;
    }
}
