package ru.sferumworkflow.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person an invitation was sent to, with the hash of their personal link's token (never the token). */
@Entity
@Table(name = "SFW_INVITATION_RECIPIENT")
public class Recipient {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "INVITATION_ID", length = 36, nullable = false)
    private String invitationId;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    /** The recipient's place in the invitation's list, from 0: the letter step's loop counter. */
    @Column(name = "LIST_POSITION", nullable = false)
    private int listPosition;

    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private RecipientStatus status;

    @Column(name = "SENT_AT")
    private OffsetDateTime sentAt;

    @Column(name = "REMINDED_AT")
    private OffsetDateTime remindedAt;

    @Column(name = "CLAIMED_AT")
    private OffsetDateTime claimedAt;

    @Column(name = "CONSENT_ID", length = 36)
    private String consentId;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    @Column(name = "DECISION_NOTE", length = 1000)
    private String decisionNote;

    /** The execution of the issuer's «Принять заявку на вступление» for this claim. */
    @Column(name = "REVIEW_EXECUTION_ID", length = 64)
    private String reviewExecutionId;

    /** The version of the chat's rules the recipient accepted on the join page. */
    @Column(name = "RULES_VERSION")
    private Integer rulesVersion;

    /** For a teacher's invitation: the phone (and e-mail) the person says their platform profile uses. */
    @Column(name = "GIVEN_PHONE", length = 12)
    private String givenPhone;

    @Column(name = "GIVEN_EMAIL", length = 254)
    private String givenEmail;

    protected Recipient() {
        // for JPA
    }

    public Recipient(String invitationId, int listPosition, String personId) {
        this.id = UUID.randomUUID().toString();
        this.invitationId = invitationId;
        this.listPosition = listPosition;
        this.personId = personId;
        this.status = RecipientStatus.PENDING;
    }

    public void sent(String tokenHash, OffsetDateTime at) {
        this.tokenHash = tokenHash;
        this.status = RecipientStatus.SENT;
        this.sentAt = at;
    }

    public void reminded(OffsetDateTime at) {
        remindedAt = at;
    }

    public void claimed(String consentId, int rulesVersion, OffsetDateTime at) {
        status = RecipientStatus.CLAIMED;
        this.consentId = consentId;
        this.rulesVersion = rulesVersion;
        claimedAt = at;
    }

    /** What a teacher gave on the join page, for the verification of the status «учитель». */
    public void gaveContacts(String phone, String email) {
        givenPhone = phone;
        givenEmail = email;
    }

    public void underReview(String executionId) {
        reviewExecutionId = executionId;
    }

    public void decided(boolean accepted, String by, String note, OffsetDateTime at) {
        status = accepted ? RecipientStatus.ACCEPTED : RecipientStatus.REJECTED;
        decidedBy = by;
        decisionNote = note;
        decidedAt = at;
    }

    /** The link dies unused (expiry, revocation); a claimed or decided recipient keeps their state. */
    public boolean die() {
        if (status == RecipientStatus.PENDING || status == RecipientStatus.SENT) {
            status = RecipientStatus.DEAD;
            return true;
        }
        return false;
    }

    /** Not yet sent, or sent and not yet followed: the link could still be used. */
    public boolean isUnused() {
        return status == RecipientStatus.PENDING || status == RecipientStatus.SENT;
    }

    public boolean awaitsClaim() {
        return status == RecipientStatus.SENT;
    }

    public String id() { return id; }
    public String invitationId() { return invitationId; }
    public String personId() { return personId; }
    public RecipientStatus status() { return status; }
    public OffsetDateTime sentAt() { return sentAt; }
    public OffsetDateTime remindedAt() { return remindedAt; }
    public OffsetDateTime claimedAt() { return claimedAt; }
    public String consentId() { return consentId; }
    public Integer rulesVersion() { return rulesVersion; }
    public String decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String givenPhone() { return givenPhone; }
    public String givenEmail() { return givenEmail; }
}
