package ru.sferumworkflow.roster;

import java.util.Arrays;
import java.util.Optional;

/** The movement events of seed §20.1 and §21.4, each with what it does to the person. */
public enum MovementKind {
    DISMISSAL("Увольнение", PersonRole.STAFF, PersonStatus.DISMISSED, true),
    EXPULSION("Отчисление", PersonRole.STUDENT, PersonStatus.EXPELLED, true),
    GRADUATION("Выпуск", PersonRole.STUDENT, PersonStatus.GRADUATED, true),
    TRANSFER("Перевод в другую группу", PersonRole.STUDENT, PersonStatus.ACTIVE, true),
    RETURN("Восстановление", null, PersonStatus.ACTIVE, false);

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

    public static Optional<MovementKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
