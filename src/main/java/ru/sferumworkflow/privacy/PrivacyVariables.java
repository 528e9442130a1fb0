package ru.sferumworkflow.privacy;

/** The names of the personal-data processes and of their forms' fields. */
public final class PrivacyVariables {

    public static final String DESTRUCTION_PROCESS = "personalDataDestruction";
    public static final String SWEEP_PROCESS = "personalDataSweep";
    public static final String WITHDRAWAL_PROCESS = ConsentWithdrawals.PROCESS;

    /** Set at the start, for the forms: ids and a description without the person's name. */
    public static final String PERSON_ID = "personId";
    public static final String DESTRUCTION_ID = "destructionId";
    public static final String SUBJECT = "personSummary";
    public static final String REASON = "destructionReason";
    public static final String PROPOSED_BY = "proposedBy";
    /** The last day the data may be kept (ISO date), when the law sets one: 30 days after a withdrawal. */
    public static final String DESTROY_BY = "destroyBy";

    /** The administrator's proposal and the commission's approval: «destroy» or «postpone», with a note. */
    public static final String PROPOSAL = "proposal";
    public static final String PROPOSAL_NOTE = "proposalNote";
    public static final String PROPOSED = "proposed";
    public static final String APPROVAL = "approval";
    public static final String APPROVAL_NOTE = "approvalNote";
    public static final String APPROVED = "approved";
    public static final String APPROVED_BY = "approvedBy";

    private PrivacyVariables() {
    }
}
