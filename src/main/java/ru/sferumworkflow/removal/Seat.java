package ru.sferumworkflow.removal;

import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.MembershipRole;

/**
 * One active membership as the planner sees it: who, in which role, in which chat, and what that chat is — its
 * group (null for a chat of the whole college), its kind and its subject.
 */
public record Seat(String membershipId, String personId, MembershipRole role, String chatId, String chatGroupId,
        ChatKind chatKind, String chatSubject) {

    /** Chats that play the same part in two groups: the same kind, and for subject chats the same subject. */
    String partInGroup() {
        return chatKind.name() + (chatSubject == null ? "" : "|" + chatSubject.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
