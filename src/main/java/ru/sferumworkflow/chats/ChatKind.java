package ru.sferumworkflow.chats;

import java.util.Arrays;
import java.util.Optional;

/** The chats the regulation names (seed §20.2–20.4) and the system channels (§20.1). */
public enum ChatKind {
    STAFF_ROOM("Класс «Учительская»", false),
    CLASS("Класс группы", true),
    GROUP_STUDENTS("Чат с обучающимися группы", true),
    GROUP_PARENTS("Чат с родителями группы", true),
    GROUP_TEACHERS("Чат педагогов группы", true),
    SUBJECT("Чат по учебной дисциплине", true),
    DIRECTOR_DEPUTIES("Чат директора с заместителями", false),
    DIRECTOR_TEACHERS("Чат директора с педагогическими работниками", false),
    DIRECTOR_PARENTS("Чат директора с родительским активом", false),
    DIRECTOR_STUDENTS("Чат директора с активом обучающихся", false),
    OTHER("Иной чат", false),
    CHANNEL("Системный канал", false);

    private final String title;
    private final boolean ofGroup;

    ChatKind(String title, boolean ofGroup) {
        this.title = title;
        this.ofGroup = ofGroup;
    }

    public String title() { return title; }

    /** Whether a chat of this kind belongs to one study group. */
    public boolean ofGroup() { return ofGroup; }

    public static Optional<ChatKind> parse(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
