package ru.sferumworkflow.channels;

/** Where a publication stands. */
public enum PublicationStatus {
    /** Waiting for the administrator's check. */
    SUBMITTED,
    /** Returned to its author with a comment. */
    RETURNED,
    /** Checked; to be published on its date. */
    APPROVED,
    /** Published in the channel. */
    PUBLISHED,
    /** The author withdrew it. */
    WITHDRAWN
}
