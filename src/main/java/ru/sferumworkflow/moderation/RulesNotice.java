package ru.sferumworkflow.moderation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A chat member's letter about new rules of the chat, with the personal link by which they accept them. */
@Entity
@Table(name = "SFW_RULES_NOTICE")
public class RulesNotice {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "RULES_ID", length = 36, nullable = false)
    private String rulesId;

    @Column(name = "MEMBERSHIP_ID", length = 36, nullable = false)
    private String membershipId;

    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "SENT_AT")
    private OffsetDateTime sentAt;

    @Column(name = "ACCEPTED_AT")
    private OffsetDateTime acceptedAt;

    protected RulesNotice() {
        // for JPA
    }

    public RulesNotice(String collegeId, String rulesId, String membershipId) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.rulesId = rulesId;
        this.membershipId = membershipId;
    }

    public void sent(String tokenHash, OffsetDateTime at) {
        this.tokenHash = tokenHash;
        sentAt = at;
    }

    public void accepted(OffsetDateTime at) {
        acceptedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String rulesId() { return rulesId; }
    public String membershipId() { return membershipId; }
    public OffsetDateTime sentAt() { return sentAt; }
    public OffsetDateTime acceptedAt() { return acceptedAt; }
}
