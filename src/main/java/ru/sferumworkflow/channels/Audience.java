package ru.sferumworkflow.channels;

import java.util.Arrays;
import java.util.Optional;

/** Who a broadcast is for, and so which chats announce it. */
public enum Audience {
    STUDENTS("обучающиеся групп"),
    PARENTS("родители групп"),
    STAFF("сотрудники");

    private final String title;

    Audience(String title) {
        this.title = title;
    }

    public String title() { return title; }

    public static Optional<Audience> parse(String name) {
        return Arrays.stream(values()).filter(audience -> audience.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
