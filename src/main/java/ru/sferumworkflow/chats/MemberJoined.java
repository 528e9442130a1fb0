package ru.sferumworkflow.chats;

/**
 * A CDI event: someone has joined a chat, having accepted this version of its rules (null when unknown). Fired in the
 * joining transaction, so that what observes it (new rules to send) commits or rolls back with the membership.
 */
public record MemberJoined(Membership membership, Integer acceptedRulesVersion) {
}
