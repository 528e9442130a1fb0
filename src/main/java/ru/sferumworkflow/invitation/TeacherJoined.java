package ru.sferumworkflow.invitation;

/**
 * A CDI event: a teacher's join request was accepted. Fired in the accepting transaction; the verification of the
 * status «учитель» observes it and decides whether a check is needed.
 */
public record TeacherJoined(String collegeId, String personId, String invitationId, String recipientId) {
}
