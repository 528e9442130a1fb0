package ru.sferumworkflow.moderation;

import ru.sferumworkflow.chats.RouteChatTask;

/** The variables of «Нарушение правил чата»: what the moderator's form gives, and what the model needs. */
final class BreachVariables {

    static final String PROCESS = "chatBreach";

    // Given at the start
    static final String CHAT_KIND = "chatKind";
    static final String GROUP_CODE = "groupCode";
    static final String CHAT_TITLE_GIVEN = "chatName";
    static final String MEMBER_NAME = "memberName";
    static final String RULE_NUMBER = "ruleNumber";
    static final String RULES_VERSION = "rulesVersion";
    static final String DESCRIPTION = "description";
    static final String EVIDENCE = "evidence";
    /** Set only by the system for a complaint filed by a member's personal link. */
    static final String COMPLAINANT_MEMBERSHIP = "complainantMembershipId";

    // Set by the start for the tasks and the gateway
    static final String CHAT_ID = RouteChatTask.CHAT_ID;
    static final String CHAT_TITLE = "chatTitle";
    static final String PERSON_NAME = "personName";
    static final String RULE_TEXT = "ruleText";
    static final String REPEATED = "repeated";
    static final String COMPLAINT = "complaint";

    // The tasks' answers
    static final String COMPLAINT_DECISION = "complaintDecision";
    static final String COMPLAINT_NOTE = "complaintNote";
    static final String REMINDED = "rulesReminded";
    static final String DAYS = "restrictionDays";
    static final String RESTRICTED = "restrictedOnPlatform";
    static final String RESTRICTED_UNTIL = "restrictedUntil";
    static final String RESTRICTED_UNTIL_TEXT = "restrictedUntilText";
    static final String APPEAL_TEXT = "appealText";
    static final String APPEAL_DECISION = "appealDecision";
    static final String APPEAL_NOTE = "appealNote";
    static final String LIFTED = "liftedOnPlatform";

    // Message
    static final String APPEALED = "restrictionAppealed";

    static final int MAX_DAYS = 30;

    private BreachVariables() {
    }
}
