package ru.sferumworkflow.verification;

/** The names of «Подтверждение статуса «учитель»» and of its forms' fields. */
public final class VerificationVariables {

    public static final String PROCESS = "teacherVerification";

    /** Start form of an administrator: what the platform shows of the person. */
    public static final String GIVEN_NAME = "givenName";
    public static final String GIVEN_PHONE = "givenPhone";
    public static final String GIVEN_EMAIL = "givenEmail";

    /** Start message of an accepted join request (see the invitation process). */
    public static final String PERSON_ID = "personId";
    public static final String INVITATION_ID = "invitationId";
    public static final String RECIPIENT_ID = "recipientId";

    /** The decision table's result: a map with «outcome» and «reason». */
    public static final String STATUS_RULE = "statusRule";

    /** What the review form shows, side by side. */
    public static final String ROSTER_RECORD = "rosterRecord";
    public static final String GIVEN_RECORD = "givenRecord";
    public static final String RULE_REASON = "ruleReason";

    /** The review form's fields. */
    public static final String DECISION = "statusDecision";
    public static final String REASON = "statusReason";
    public static final String CONFIRMED = "statusConfirmed";

    /** The platform step's field. */
    public static final String CONFIRMED_ON_PLATFORM = "confirmedOnPlatform";

    private VerificationVariables() {
    }
}
