package ru.sferumworkflow.invitation;

/** The variables of «Приглашение»: what the start form or the REST API gives, and what the model needs. */
public final class InvitationVariables {

    public static final String PROCESS = "invitation";

    // Given at the start
    public static final String CHAT_ID = "chatId";
    public static final String CHAT_KIND = "chatKind";
    public static final String GROUP_CODE = "groupCode";
    public static final String ROLE = "role";
    public static final String PLATFORM_LINK = "platformLink";
    public static final String RECIPIENTS = "recipients";
    public static final String RECIPIENT_NAMES = "recipientNames";
    public static final String RECIPIENT_IDS = "recipientIds";
    public static final String VALID_DAYS = "validDays";

    // Set by the start for the model
    public static final String ISSUER = "issuer";
    public static final String VALID_UNTIL = "validUntil";
    public static final String REMIND_AT = "remindAt";
    public static final String RECIPIENT_COUNT = "recipientCount";
    public static final String RECIPIENT_ID = "recipientId";
    public static final String CHAT_TITLE = "chatTitle";

    // Messages
    public static final String CLAIMED = "invitationClaimed";
    public static final String ALL_CLAIMED = "invitationAllClaimed";
    public static final String REVOKED = "invitationRevoked";
    public static final String TEACHER_JOINED = "teacherJoined";

    // Decisions in the forms
    public static final String JOIN_ACCEPTED = "joinAccepted";
    public static final String DECISION_NOTE = "decisionNote";
    public static final String ANNULLED = "linkAnnulled";

    private InvitationVariables() {
    }
}
