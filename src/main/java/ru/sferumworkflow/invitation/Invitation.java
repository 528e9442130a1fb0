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

import ru.sferumworkflow.chats.MembershipRole;

/**
 * An invitation into one class or chat of the platform in one role, with the platform's invitation link that the
 * issuer generated there. Every change of a recipient also touches this row (its version), so that a claim and a
 * revocation at the same moment cannot both succeed.
 */
@Entity
@Table(name = "SFW_INVITATION")
public class Invitation {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64)
    private String processInstanceId;

    @Column(name = "CHAT_ID", length = 36, nullable = false)
    private String chatId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", length = 16, nullable = false)
    private MembershipRole role;

    @Column(name = "PLATFORM_LINK", length = 500, nullable = false)
    private String platformLink;

    @Column(name = "ISSUED_BY", length = 64, nullable = false)
    private String issuedBy;

    @Column(name = "ISSUED_AT", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "VALID_UNTIL", nullable = false)
    private OffsetDateTime validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private InvitationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "END_REASON", length = 16)
    private EndReason endReason;

    @Column(name = "ENDED_BY", length = 64)
    private String endedBy;

    @Column(name = "ENDED_AT")
    private OffsetDateTime endedAt;

    @Column(name = "ANNULLED_BY", length = 64)
    private String annulledBy;

    @Column(name = "ANNULLED_AT")
    private OffsetDateTime annulledAt;

    protected Invitation() {
        // for JPA
    }

    public Invitation(String collegeId, String processInstanceId, String chatId, MembershipRole role,
            String platformLink, String issuedBy, OffsetDateTime issuedAt, OffsetDateTime validUntil) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.processInstanceId = processInstanceId;
        this.chatId = chatId;
        this.role = role;
        this.platformLink = platformLink;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.validUntil = validUntil;
        this.status = InvitationStatus.OPEN;
    }

    /** The links die; false when they already had. */
    public boolean end(EndReason reason, String by, OffsetDateTime at) {
        if (status != InvitationStatus.OPEN) {
            return false;
        }
        status = InvitationStatus.ENDED;
        endReason = reason;
        endedBy = by;
        endedAt = at;
        return true;
    }

    public void annulled(String by, OffsetDateTime at) {
        status = InvitationStatus.ANNULLED;
        annulledBy = by;
        annulledAt = at;
    }

    public boolean isOpen(OffsetDateTime now) {
        return status == InvitationStatus.OPEN && validUntil.isAfter(now);
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public String chatId() { return chatId; }
    public MembershipRole role() { return role; }
    public String platformLink() { return platformLink; }
    public String issuedBy() { return issuedBy; }
    public OffsetDateTime issuedAt() { return issuedAt; }
    public OffsetDateTime validUntil() { return validUntil; }
    public InvitationStatus status() { return status; }
    public EndReason endReason() { return endReason; }
    public OffsetDateTime endedAt() { return endedAt; }
    public String annulledBy() { return annulledBy; }
    public OffsetDateTime annulledAt() { return annulledAt; }
}
