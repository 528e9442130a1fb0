package ru.sferumworkflow.verification;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One verification of the status «учитель»: what the person gave, the roster record it was checked against (none
 * when nobody of the staff matches), the decision table's outcome, the review and the confirmation on the platform.
 */
@Entity
@Table(name = "SFW_TEACHER_VERIFICATION")
public class TeacherVerification {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 16, nullable = false)
    private VerificationSource source;

    @Column(name = "INVITATION_ID", length = 36)
    private String invitationId;

    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "GIVEN_NAME", length = 200, nullable = false)
    private String givenName;

    @Column(name = "GIVEN_PHONE", length = 12)
    private String givenPhone;

    @Column(name = "GIVEN_EMAIL", length = 254)
    private String givenEmail;

    @Column(name = "RULE_OUTCOME", length = 16)
    private String ruleOutcome;

    @Column(name = "RULE_REASON", length = 500)
    private String ruleReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private VerificationStatus status;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    @Column(name = "DECISION_REASON", length = 1000)
    private String decisionReason;

    @Column(name = "PLATFORM_CONFIRMED_BY", length = 64)
    private String platformConfirmedBy;

    @Column(name = "PLATFORM_CONFIRMED_AT")
    private OffsetDateTime platformConfirmedAt;

    @Column(name = "STARTED_BY", length = 64)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private OffsetDateTime startedAt;

    protected TeacherVerification() {
        // for JPA
    }

    public TeacherVerification(String collegeId, String processInstanceId, VerificationSource source, String givenName,
            String givenPhone, String givenEmail, String startedBy, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.processInstanceId = processInstanceId;
        this.source = source;
        this.givenName = givenName;
        this.givenPhone = givenPhone;
        this.givenEmail = givenEmail;
        this.status = VerificationStatus.CHECKING;
        this.startedBy = startedBy;
        this.startedAt = at;
    }

    /** The invitation whose accepted join request started this, and its recipient from the roster. */
    public void fromInvitation(String invitationId, String personId) {
        this.invitationId = invitationId;
        this.personId = personId;
    }

    public void checkedAgainst(String personId) {
        this.personId = personId;
    }

    /** The decision table's outcome: CONFIRM, REVIEW or REJECT, with its reason. */
    public void ruled(String outcome, String reason, OffsetDateTime at) {
        ruleOutcome = outcome;
        ruleReason = reason;
        switch (outcome) {
            case StatusRule.CONFIRM -> decided(VerificationStatus.CONFIRMED, null, reason, at);
            case StatusRule.REJECT -> decided(VerificationStatus.REJECTED, null, reason, at);
            default -> status = VerificationStatus.REVIEW;
        }
    }

    public void reviewed(boolean confirmed, String by, String reason, OffsetDateTime at) {
        decided(confirmed ? VerificationStatus.CONFIRMED : VerificationStatus.REFUSED, by, reason, at);
    }

    public void confirmedOnPlatform(String by, OffsetDateTime at) {
        status = VerificationStatus.VERIFIED;
        platformConfirmedBy = by;
        platformConfirmedAt = at;
    }

    private void decided(VerificationStatus newStatus, String by, String reason, OffsetDateTime at) {
        status = newStatus;
        decidedBy = by;
        decisionReason = reason;
        decidedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public VerificationSource source() { return source; }
    public String invitationId() { return invitationId; }
    public String personId() { return personId; }
    public String givenName() { return givenName; }
    public String givenPhone() { return givenPhone; }
    public String givenEmail() { return givenEmail; }
    public String ruleOutcome() { return ruleOutcome; }
    public String ruleReason() { return ruleReason; }
    public VerificationStatus status() { return status; }
    public String decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
    public OffsetDateTime platformConfirmedAt() { return platformConfirmedAt; }
    public OffsetDateTime startedAt() { return startedAt; }
}
