package ru.sferumworkflow.onboarding;

/** Where a registration request to the platform stands. */
public enum RegistrationStatus {
    PREPARED("Подготовлена"),
    SENT("Отправлена"),
    CONFIRMED("Регистрация подтверждена"),
    REFUSED("Отказ"),
    /** The registration process was cancelled (in Cockpit) before the platform answered. */
    CANCELLED("Отменена");

    private final String title;

    RegistrationStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
