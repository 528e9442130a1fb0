package ru.sferumworkflow.invitation;

/** Why an invitation's personal links died. */
public enum EndReason {
    EXPIRED("истёк срок"),
    ALL_CLAIMED("все получатели перешли по ссылкам"),
    REVOKED("отозвано"),
    STRANGER("по ссылке вступил посторонний");

    private final String title;

    EndReason(String title) {
        this.title = title;
    }

    public String title() { return title; }
}
