package ru.sferumworkflow.removal;

import ru.sferumworkflow.chats.RouteChatTask;

/** The variables of «Удаление из чатов»; the movement event itself is the business key. */
final class RemovalVariables {

    // Set by the plan for the whole instance
    static final String PERSON_NAME = "personName";
    static final String EVENT = "movementTitle";
    static final String CHAT_COUNT = "chatCount";
    static final String ORPHANED_CHAT_COUNT = "orphanedChatCount";
    static final String INVITE_COUNT = "inviteCount";
    static final String TRANSFER_INVITES = "transferInvites";
    static final String REVOKED_LINKS = "revokedLinks";
    static final String WITHOUT_COUNTERPART = "withoutCounterpart";

    // Local to one chat's task
    static final String REMOVAL_ID = "removalId";
    static final String CHAT_ID = RouteChatTask.CHAT_ID;
    static final String CHAT_TITLE = "chatTitle";
    static final String PEOPLE = "peopleList";
    static final String REMOVED = "removedFromChat";
    static final String NEW_MODERATOR = "newModerator";
    static final String INVITE = "transferInvite";
    static final String PLATFORM_LINK = "platformLink";

    private RemovalVariables() {
    }
}
