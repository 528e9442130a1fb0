package ru.sferumworkflow.privacy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal link to withdraw consents, mailed on request to the address on a person's card; only the token's
 * SHA-256 is kept. Used once.
 */
@Entity
@Table(name = "SFW_WITHDRAWAL_LINK")
public class WithdrawalLink {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false)
    private String tokenHash;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "VALID_UNTIL", nullable = false)
    private OffsetDateTime validUntil;

    @Column(name = "USED_AT")
    private OffsetDateTime usedAt;

    protected WithdrawalLink() {
        // for JPA
    }

    public WithdrawalLink(String collegeId, String personId, String tokenHash, OffsetDateTime at,
            OffsetDateTime validUntil) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = at;
        this.validUntil = validUntil;
    }

    public boolean isOpen(OffsetDateTime now) {
        return usedAt == null && now.isBefore(validUntil);
    }

    public void used(OffsetDateTime at) {
        usedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String personId() { return personId; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime validUntil() { return validUntil; }
    public OffsetDateTime usedAt() { return usedAt; }
}
