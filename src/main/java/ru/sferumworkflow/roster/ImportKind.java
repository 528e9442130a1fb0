package ru.sferumworkflow.roster;

import java.util.Arrays;
import java.util.Optional;

/** The three files a college keeps: groups, staff, students with their parents. Staff first, then groups. */
public enum ImportKind {
    STAFF("Сотрудники", PersonRole.STAFF),
    GROUPS("Группы", null),
    STUDENTS("Обучающиеся и родители", PersonRole.STUDENT);

    private final String title;
    private final PersonRole listedRole;

    ImportKind(String title, PersonRole listedRole) {
        this.title = title;
        this.listedRole = listedRole;
    }

    public String title() { return title; }

    /** The people a file of this kind lists in full, so that those missing from it may have left. */
    public PersonRole listedRole() { return listedRole; }

    public static Optional<ImportKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
