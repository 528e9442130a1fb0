package ru.sferumworkflow.onboarding;

import static ru.sferumworkflow.onboarding.OrderVariables.ADMIN_EMAIL;
import static ru.sferumworkflow.onboarding.OrderVariables.ADMIN_FULL_NAME;
import static ru.sferumworkflow.onboarding.OrderVariables.ADMIN_PHONE;
import static ru.sferumworkflow.onboarding.OrderVariables.ADMIN_POSITION;
import static ru.sferumworkflow.onboarding.OrderVariables.DATE;
import static ru.sferumworkflow.onboarding.OrderVariables.NUMBER;
import static ru.sferumworkflow.onboarding.OrderVariables.SECOND_FULL_NAME;
import static ru.sferumworkflow.onboarding.OrderVariables.SECOND_POSITION;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ru.sferumworkflow.validation.EmailAddresses;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.PersonNames;
import ru.sferumworkflow.validation.PhoneNumbers;

/**
 * Checks a draft of the appointment order on the server, whatever the form in the browser let through:
 * every problem is reported at once, in Russian, with what to write instead.
 */
public final class OrderDraftValidator {

    /** Numbers such as 45, 45-ОД, 12/01-к, 3.1 — what colleges write on their orders. */
    private static final Pattern ORDER_NUMBER = Pattern.compile("^[0-9A-Za-zА-ЯЁа-яё]+(?:[-/.][0-9A-Za-zА-ЯЁа-яё]+)*$");
    private static final int MAX_NUMBER_LENGTH = 30;
    private static final int MAX_POSITION_LENGTH = 200;

    private OrderDraftValidator() {
    }

    /** The checked draft; throws the refusal that lists every problem when something is wrong. */
    public static OrderDraft validate(Map<String, Object> variables, LocalDate today) {
        FormErrors errors = new FormErrors();

        String number = text(variables, NUMBER);
        if (number.isEmpty()) {
            errors.add("Укажите номер приказа.");
        } else if (number.length() > MAX_NUMBER_LENGTH || !ORDER_NUMBER.matcher(number).matches()) {
            errors.add("Номер приказа «" + shortened(number) + "» не подходит: буквы и цифры, разделённые дефисом, "
                    + "точкой или косой чертой, не длиннее " + MAX_NUMBER_LENGTH + " знаков (например, 45-ОД).");
        }

        LocalDate date = FormValues.date(variables.get(DATE));
        if (date == null) {
            errors.add("Укажите дату приказа в виде ГГГГ-ММ-ДД (например, " + today + ").");
        } else if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(1))) {
            errors.add("Проверьте дату приказа " + date + ": она отстоит от сегодняшней больше чем на год.");
        }

        Optional<String> adminName = PersonNames.normalizeFullName(text(variables, ADMIN_FULL_NAME));
        if (adminName.isEmpty()) {
            errors.add("ФИО администратора: " + PersonNames.HINT + ".");
        }
        String adminPosition = text(variables, ADMIN_POSITION);
        if (adminPosition.isEmpty() || adminPosition.length() > MAX_POSITION_LENGTH) {
            errors.add("Укажите должность администратора (не длиннее " + MAX_POSITION_LENGTH + " знаков).");
        }
        Optional<String> email = EmailAddresses.normalize(text(variables, ADMIN_EMAIL));
        if (email.isEmpty()) {
            errors.add("Электронная почта администратора: " + EmailAddresses.HINT + ".");
        }
        Optional<String> phone = PhoneNumbers.normalizeMobile(text(variables, ADMIN_PHONE));
        if (phone.isEmpty()) {
            errors.add("Телефон администратора: " + PhoneNumbers.HINT + ".");
        }

        String secondNameWritten = text(variables, SECOND_FULL_NAME);
        String secondPosition = text(variables, SECOND_POSITION);
        Optional<String> secondName = PersonNames.normalizeFullName(secondNameWritten);
        boolean secondGiven = !secondNameWritten.isEmpty() || !secondPosition.isEmpty();
        if (secondGiven && secondName.isEmpty()) {
            errors.add("ФИО второго ответственного: " + PersonNames.HINT + " (или оставьте оба поля пустыми).");
        }
        if (secondGiven && (secondPosition.isEmpty() || secondPosition.length() > MAX_POSITION_LENGTH)) {
            errors.add("Укажите должность второго ответственного (или оставьте оба поля пустыми).");
        }

        errors.throwIfAny();
        return new OrderDraft(number, date, adminName.get(), adminPosition, email.get(), phone.get(),
                secondGiven ? secondName.get() : null, secondGiven ? secondPosition : null);
    }

    private static String shortened(String text) {
        return text.length() > MAX_NUMBER_LENGTH ? text.substring(0, MAX_NUMBER_LENGTH) + "…" : text;
    }

    private static String text(Map<String, Object> variables, String name) {
        return FormValues.text(variables.get(name));
    }
}
