package ru.sferumworkflow.verification;

/** Where a verification of the status «учитель» stands. */
public enum VerificationStatus {
    /** Just opened: the decision table has not spoken yet. */
    CHECKING,
    /** The table could not decide: an administrator (or, when late, the director) reviews. */
    REVIEW,
    /** Confirmed here; the administrator still has to confirm the status on the platform. */
    CONFIRMED,
    /** Confirmed on the platform too: the person is a verified teacher. */
    VERIFIED,
    /** The reviewer refused, with a reason. */
    REFUSED,
    /** The decision table refused: the person is not among the college's working staff. */
    REJECTED
}
