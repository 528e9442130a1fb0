package ru.sferumworkflow.channels;

import java.util.Arrays;
import java.util.Optional;

/** The system channels of seed §20.1. */
public enum SystemChannel {
    COLLEGE("Общешкольный канал"),
    STAFF("Сотрудники");

    private final String title;

    SystemChannel(String title) {
        this.title = title;
    }

    public String title() { return title; }

    public static Optional<SystemChannel> parse(String name) {
        return Arrays.stream(values()).filter(channel -> channel.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
