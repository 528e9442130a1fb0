package ru.sferumworkflow.invitation;

/** One recipient's personal link from the letter to the issuer's decision. */
public enum RecipientStatus {
    PENDING("письмо ещё не отправлено"),
    SENT("ссылка отправлена"),
    CLAIMED("перешёл(ла) по ссылке, ждёт подтверждения"),
    ACCEPTED("принят(а)"),
    REJECTED("отклонён(а)"),
    DEAD("ссылка закрыта неиспользованной");

    private final String title;

    RecipientStatus(String title) {
        this.title = title;
    }

    public String title() { return title; }
}
