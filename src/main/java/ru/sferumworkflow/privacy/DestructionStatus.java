package ru.sferumworkflow.privacy;

/** Where the destruction of one person's personal data stands. */
public enum DestructionStatus {
    /** Proposed by the sweep; waits for an administrator and then the commission. */
    PROPOSED,
    /** An administrator or the commission put it off, with a reason; proposed again at NEXT_REVIEW_AT. */
    POSTPONED,
    /** Destroyed; the act and the extract are kept until KEEP_UNTIL. */
    DESTROYED
}
