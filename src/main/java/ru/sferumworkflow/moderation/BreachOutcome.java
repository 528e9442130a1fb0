package ru.sferumworkflow.moderation;

/** Where a breach stands. */
public enum BreachOutcome {
    RECORDED("зафиксировано"),
    REFUSED("жалоба не подтвердилась"),
    REMINDED("напомнены правила"),
    RESTRICTED("доступ к чату ограничен"),
    LIFTED("ограничение снято");

    private final String title;

    BreachOutcome(String title) {
        this.title = title;
    }

    public String title() { return title; }
}
