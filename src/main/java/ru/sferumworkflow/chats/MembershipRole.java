package ru.sferumworkflow.chats;

import java.util.Arrays;
import java.util.Optional;

/** The user roles of the platform (учитель / обучающийся / родитель) and the chat's moderator. */
public enum MembershipRole {
    TEACHER("учитель"),
    STUDENT("обучающийся"),
    PARENT("родитель"),
    MODERATOR("модератор");

    private final String title;

    MembershipRole(String title) {
        this.title = title;
    }

    public String title() { return title; }

    public static Optional<MembershipRole> parse(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                .findFirst();
    }
}
