package ru.sferumworkflow.chats;

/** The variables of «Удаление из чатов» that its form shows; the movement itself is the business key. */
final class RemovalVariables {

    static final String PERSON_NAME = "personName";
    static final String EVENT = "movementTitle";
    static final String CHAT_LIST = "chatList";
    static final String CHAT_COUNT = "chatCount";
    static final String REMOVED = "removedFromChats";

    private RemovalVariables() {
    }
}
