package ru.sferumworkflow.verification;

/** How a verification started. */
public enum VerificationSource {
    /** A teacher's join request was accepted: the person is known, and gave their phone on the join page. */
    INVITATION,
    /** An administrator started it for someone who joined otherwise, with what the platform shows of them. */
    ADMINISTRATOR
}
