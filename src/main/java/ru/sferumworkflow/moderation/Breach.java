package ru.sferumworkflow.moderation;

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
 * A breach of a chat's rules by one member: which rule (its number and text, and the version of the rules), what happened
 * and the evidence, who recorded it; then the reminder or the restriction, its appeal and its lifting.
 */
@Entity
@Table(name = "SFW_BREACH")
public class Breach {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "CHAT_ID", length = 36, nullable = false)
    private String chatId;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "RULES_VERSION", length = 20, nullable = false)
    private String rulesVersion;

    @Column(name = "RULE_NUMBER", nullable = false)
    private int ruleNumber;

    @Column(name = "RULE_TEXT", length = 1000, nullable = false)
    private String ruleText;

    @Column(name = "DESCRIPTION", length = 2000, nullable = false)
    private String description;

    @Column(name = "EVIDENCE", length = 2000, nullable = false)
    private String evidence;

    @Column(name = "REPORTED_BY", length = 64, nullable = false)
    private String reportedBy;

    @Column(name = "REPORTED_AT", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    /** Recorded on another member's complaint: it counts only once the moderator confirms it. */
    @Column(name = "COMPLAINT")
    private Boolean complaint;

    @Column(name = "REVIEW_NOTE", length = 1000)
    private String reviewNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 16, nullable = false)
    private BreachOutcome outcome;

    @Column(name = "REMINDED_AT")
    private OffsetDateTime remindedAt;

    @Column(name = "RESTRICTED_AT")
    private OffsetDateTime restrictedAt;

    @Column(name = "RESTRICTED_UNTIL")
    private OffsetDateTime restrictedUntil;

    @Column(name = "APPEAL_TOKEN_HASH", length = 64)
    private String appealTokenHash;

    @Column(name = "APPEAL_TEXT", length = 2000)
    private String appealText;

    @Column(name = "APPEALED_AT")
    private OffsetDateTime appealedAt;

    @Column(name = "APPEAL_UPHELD")
    private Boolean appealUpheld;

    @Column(name = "APPEAL_NOTE", length = 1000)
    private String appealNote;

    @Column(name = "APPEAL_DECIDED_BY", length = 64)
    private String appealDecidedBy;

    @Column(name = "LIFTED_AT")
    private OffsetDateTime liftedAt;

    @Column(name = "LIFTED_BY", length = 64)
    private String liftedBy;

    protected Breach() {
        // for JPA
    }

    public Breach(String collegeId, String chatId, String personId, String rulesVersion, int ruleNumber, String ruleText,
            String description, String evidence, String reportedBy, OffsetDateTime reportedAt, String processInstanceId,
            boolean complaint) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.chatId = chatId;
        this.personId = personId;
        this.rulesVersion = rulesVersion;
        this.ruleNumber = ruleNumber;
        this.ruleText = ruleText;
        this.description = description;
        this.evidence = evidence;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
        this.processInstanceId = processInstanceId;
        this.outcome = BreachOutcome.RECORDED;
        this.complaint = complaint;
    }

    /** The moderator's answer to a complaint: confirmed, it goes on as any breach; refused, it ends here. */
    public void reviewed(boolean confirmed, String note) {
        reviewNote = note;
        if (!confirmed) {
            outcome = BreachOutcome.REFUSED;
        } else {
            complaint = false;
        }
    }

    public void reminded(OffsetDateTime at) {
        outcome = BreachOutcome.REMINDED;
        remindedAt = at;
    }

    public void restricted(OffsetDateTime from, OffsetDateTime until) {
        outcome = BreachOutcome.RESTRICTED;
        restrictedAt = from;
        restrictedUntil = until;
    }

    public void appealLink(String tokenHash) {
        appealTokenHash = tokenHash;
    }

    /** False when the person has appealed already, or the restriction is over. */
    public boolean appeal(String text, OffsetDateTime at) {
        if (appealedAt != null || outcome != BreachOutcome.RESTRICTED || !at.isBefore(restrictedUntil)) {
            return false;
        }
        appealText = text;
        appealedAt = at;
        return true;
    }

    public void appealDecided(boolean upheld, String note, String by) {
        appealUpheld = upheld;
        appealNote = note;
        appealDecidedBy = by;
    }

    public void lifted(String by, OffsetDateTime at) {
        outcome = BreachOutcome.LIFTED;
        liftedBy = by;
        liftedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String chatId() { return chatId; }
    public String personId() { return personId; }
    public String rulesVersion() { return rulesVersion; }
    public int ruleNumber() { return ruleNumber; }
    public String ruleText() { return ruleText; }
    public String description() { return description; }
    public String evidence() { return evidence; }
    public String reportedBy() { return reportedBy; }
    public OffsetDateTime reportedAt() { return reportedAt; }
    public String processInstanceId() { return processInstanceId; }
    public boolean isPendingComplaint() { return Boolean.TRUE.equals(complaint) && outcome == BreachOutcome.RECORDED; }
    public BreachOutcome outcome() { return outcome; }
    public OffsetDateTime restrictedUntil() { return restrictedUntil; }
    public String appealText() { return appealText; }
    public OffsetDateTime appealedAt() { return appealedAt; }
    public Boolean appealUpheld() { return appealUpheld; }
    public String appealNote() { return appealNote; }
}
