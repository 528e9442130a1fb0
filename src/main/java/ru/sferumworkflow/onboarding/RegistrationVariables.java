package ru.sferumworkflow.onboarding;

/** Names of the process variables of «Регистрация Техникума на ИКОП «Сферум»», as the forms use them. */
public final class RegistrationVariables {

    public static final String REFERENCE = "requestReference";
    public static final String SENT_AT = "requestSentAt";
    public static final String COVER_NOTE = "coverNote";

    public static final String ANSWER = "sferumAnswer";
    public static final String ANSWER_DATE = "answerDate";
    public static final String ANSWER_COMMENT = "answerComment";
    public static final String CONFIRMED = "confirmed";
    public static final String REFUSED = "refused";

    /** Set by the IMAP poller when the platform's reply arrives by mail. */
    public static final String REPLY_TEXT = "replyText";
    public static final String REPLY_SUBJECT = "replySubject";
    public static final String REPLY_MESSAGE = "sferumReply";

    public static final String REGISTERED_PHONE = "registeredPhone";
    public static final String COLLEGE_NAME = "collegeName";
    public static final String COLLEGE_SHORT_NAME = "collegeShortName";
    public static final String COLLEGE_ADDRESS = "collegeAddress";
    public static final String COLLEGE_SITE = "collegeSite";
    public static final String COLLEGE_EMAIL = "collegeEmail";
    public static final String GROUP_CODES = "groupCodes";
    public static final String GROUP_CODE = "groupCode";
    public static final String STEP_DONE = "stepDone";

    private RegistrationVariables() {
    }
}
