package ru.sferumworkflow.moderation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A chat member's personal link to complain to the moderator; the token itself exists only in the letter. */
@Entity
@Table(name = "SFW_MEMBER_LINK")
public class MemberLink {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "MEMBERSHIP_ID", length = 36, nullable = false)
    private String membershipId;

    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "SENT_AT")
    private OffsetDateTime sentAt;

    protected MemberLink() {
        // for JPA
    }

    public MemberLink(String collegeId, String membershipId) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.membershipId = membershipId;
    }

    public void sent(String tokenHash, OffsetDateTime at) {
        this.tokenHash = tokenHash;
        sentAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String membershipId() { return membershipId; }
    public OffsetDateTime sentAt() { return sentAt; }
}
