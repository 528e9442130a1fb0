package ru.sferumworkflow.invitation;

import java.util.List;

import ru.sferumworkflow.chats.ChatRuleBook;

/**
 * What the join page shows for a personal link, with the chat's current rules. {@code state} decides the page: OPEN (rules, consent, then the
 * platform link; a teacher also gives the phone of their platform profile), USED (a second visit), CLOSED (expired or revoked), UNKNOWN (no such link).
 */
public record JoinPage(State state, String personName, String issuerName, String chatTitle, String roleTitle,
        String collegeName, String validUntil, boolean parentConsents, List<Parent> parents, ChatRuleBook.Rules rules,
        boolean asksContacts) {

    public enum State { OPEN, USED, CLOSED, UNKNOWN }

    /** A parent who may give the consent for a minor. */
    public record Parent(String id, String fullName) {
    }

    static JoinPage of(State state) {
        return new JoinPage(state, null, null, null, null, null, null, false, List.of(), null, false);
    }
}
