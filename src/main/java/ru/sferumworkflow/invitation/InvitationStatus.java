package ru.sferumworkflow.invitation;

/** OPEN while links work; ENDED when they died and the platform link awaits annulment; ANNULLED at the end. */
public enum InvitationStatus {
    OPEN("действует"),
    ENDED("ссылки закрыты, ждёт аннулирования на платформе"),
    ANNULLED("аннулировано");

    private final String title;

    InvitationStatus(String title) {
        this.title = title;
    }

    public String title() { return title; }
}
