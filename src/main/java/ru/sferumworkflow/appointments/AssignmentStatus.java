package ru.sferumworkflow.appointments;

/** Where one group's line of a distribution of class teachers stands. */
public enum AssignmentStatus {
    /** Entered; the director has not decided. */
    PROPOSED,
    /** The director approved the distribution; the administrator is to attach the teacher on the platform. */
    APPROVED,
    /** The director refused the distribution. */
    REFUSED,
    /** Attached on the platform: the roster and the group's chats know the new class teacher. */
    ATTACHED,
    /** The teacher was dismissed between the approval and the attachment: nothing changed. */
    NOT_ATTACHED,
    /** The group already has this class teacher: nothing to do. */
    UNCHANGED
}
