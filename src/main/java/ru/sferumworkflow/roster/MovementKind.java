package ru.sferumworkflow.roster;

import java.util.Arrays;
import java.util.Optional;

/** The movement events of seed §20.1 and §21.4, each with what it does to the person. */
public enum MovementKind {
    DISMISSAL("Увольнение", PersonRole.STAFF, PersonStatus.DISMISSED, true),
    EXPULSION("Отчисление", PersonRole.STUDENT, PersonStatus.EXPELLED, true),
    GRADUATION("Выпуск", PersonRole.STUDENT, PersonStatus.GRADUATED, true),
    TRANSFER("Перевод в другую группу", PersonRole.STUDENT, PersonStatus.ACTIVE, true),
    RETURN("Восстановление", null, PersonStatus.ACTIVE, false),
    /**
     * Not entered by order: the consent to processing withdrawn (privacy package) ends every chat of the person, as a
     * departure does, while they may still study or work here. Its «order» is the withdrawal: how and when received.
     */
    CONSENT_WITHDRAWAL("Отзыв согласия на обработку персональных данных", null, PersonStatus.WITHDRAWN, true);

    private final String title;
    private final PersonRole appliesTo;
    private final PersonStatus resultingStatus;
    private final boolean removesFromChats;

    MovementKind(String title, PersonRole appliesTo, PersonStatus resultingStatus, boolean removesFromChats) {
        this.title = title;
        this.appliesTo = appliesTo;
        this.resultingStatus = resultingStatus;
        this.removesFromChats = removesFromChats;
    }

    public String title() { return title; }

    /** The role the event is for; null when it applies to staff and students alike. */
    public PersonRole appliesTo() { return appliesTo; }

    public PersonStatus resultingStatus() { return resultingStatus; }

    /** Whether the event starts «Удаление из чатов» (a return adds, it never removes). */
    public boolean removesFromChats() { return removesFromChats; }

    /** Whether a keeper of the roster enters it by an order; a withdrawal of consent is recorded by its own forms. */
    public boolean byOrder() {
        return this != CONSENT_WITHDRAWAL;
    }

    public static Optional<MovementKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
