package ru.sferumworkflow.onboarding;

/** Where an appointment order stands. */
public enum OrderStatus {
    /** Drafted by the administration, waiting for the director. */
    DRAFT("Проект на утверждении"),
    /** Returned by the director with a comment; the drafter is reworking it. */
    RETURNED("Возвращён на доработку"),
    /** Approved by the director: the administrator is appointed. */
    APPROVED("Утверждён"),
    /** The draft's process was cancelled before approval; its number is free again. */
    WITHDRAWN("Отозван");

    private final String title;

    OrderStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
