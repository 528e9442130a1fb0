package ru.sferumworkflow.privacy;

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
 * The destruction of one person's personal data: proposed when the purpose of processing is achieved, decided by an
 * administrator and a second member of the commission, done with an act and an extract from the event log.
 */
@Entity
@Table(name = "SFW_DESTRUCTION")
public class Destruction {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private DestructionStatus status;

    @Column(name = "REASON", length = 500, nullable = false)
    private String reason;

    @Column(name = "PROPOSED_AT", nullable = false)
    private OffsetDateTime proposedAt;

    @Column(name = "PROPOSED_BY", length = 64)
    private String proposedBy;

    @Column(name = "APPROVED_BY", length = 64)
    private String approvedBy;

    @Column(name = "DECISION_NOTE", length = 1000)
    private String decisionNote;

    @Column(name = "NEXT_REVIEW_AT")
    private OffsetDateTime nextReviewAt;

    @Column(name = "DESTROYED_AT")
    private OffsetDateTime destroyedAt;

    @Column(name = "ACT_NUMBER", length = 30)
    private String actNumber;

    @Column(name = "SUMMARY", length = 4000)
    private String summary;

    @Column(name = "ACT_PDF")
    private byte[] actPdf;

    @Column(name = "LOG_EXTRACT")
    private byte[] logExtract;

    @Column(name = "KEEP_UNTIL")
    private OffsetDateTime keepUntil;

    protected Destruction() {
    }

    public Destruction(String collegeId, String personId, String reason, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.personId = personId;
        propose(reason, at);
    }

    /** Proposed (again): a postponed destruction comes back with the reason of today. */
    public final void propose(String reason, OffsetDateTime at) {
        this.status = DestructionStatus.PROPOSED;
        this.reason = reason;
        this.proposedAt = at;
        this.nextReviewAt = null;
        this.proposedBy = null;
        this.approvedBy = null;
        this.decisionNote = null;
    }

    public void runBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void proposedBy(String administrator) {
        this.proposedBy = administrator;
    }

    /** Put off by the administrator (at the proposal) or by the commission's member (at the approval). */
    public void postpone(String by, boolean byCommission, String note, OffsetDateTime until) {
        this.status = DestructionStatus.POSTPONED;
        this.decisionNote = note;
        this.nextReviewAt = until;
        if (byCommission) {
            this.approvedBy = by;
        } else {
            this.proposedBy = by;
        }
    }

    public void approvedBy(String member) {
        this.approvedBy = member;
    }

    /** Proposed by one, approved by another, and not put off: the only state in which data may be destroyed. */
    public boolean isApproved() {
        return status == DestructionStatus.PROPOSED && proposedBy != null && approvedBy != null
                && !proposedBy.equals(approvedBy);
    }

    public void destroyed(String approvedBy, OffsetDateTime at, String actNumber, String summary, byte[] act,
            byte[] extract, OffsetDateTime keepUntil) {
        this.status = DestructionStatus.DESTROYED;
        this.approvedBy = approvedBy;
        this.destroyedAt = at;
        this.actNumber = actNumber;
        this.summary = summary;
        this.actPdf = act;
        this.logExtract = extract;
        this.keepUntil = keepUntil;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String personId() { return personId; }
    public String processInstanceId() { return processInstanceId; }
    public DestructionStatus status() { return status; }
    public String reason() { return reason; }
    public OffsetDateTime proposedAt() { return proposedAt; }
    public String proposedBy() { return proposedBy; }
    public String approvedBy() { return approvedBy; }
    public String decisionNote() { return decisionNote; }
    public OffsetDateTime nextReviewAt() { return nextReviewAt; }
    public OffsetDateTime destroyedAt() { return destroyedAt; }
    public String actNumber() { return actNumber; }
    public String summary() { return summary; }
    public byte[] actPdf() { return actPdf; }
    public byte[] logExtract() { return logExtract; }
    public OffsetDateTime keepUntil() { return keepUntil; }
}
