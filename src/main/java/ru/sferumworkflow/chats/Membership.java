package ru.sferumworkflow.chats;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's place in a chat from one date until another; ending it keeps the row with reason and document. */
@Entity
@Table(name = "SFW_MEMBERSHIP")
public class Membership {

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

    @Column(name = "CHAT_ID", length = 36, nullable = false)
    private String chatId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", length = 16, nullable = false)
    private MembershipRole role;

    @Column(name = "SINCE", nullable = false)
    private OffsetDateTime since;

    @Column(name = "UNTIL")
    private OffsetDateTime until;

    @Column(name = "END_REASON", length = 500)
    private String endReason;

    /** The order or other document behind the end, such as «приказ № 12-к от 01.09.2026». */
    @Column(name = "DOCUMENT", length = 200)
    private String document;

    @Column(name = "RECORDED_BY", length = 64, nullable = false)
    private String recordedBy;

    @Column(name = "ENDED_BY", length = 64)
    private String endedBy;

    /** The version of the chat's rules the member accepted; null when joined outside the join page. */
    @Column(name = "RULES_VERSION")
    private Integer rulesVersion;

    /** The removal that will end this membership once its moderator confirms it; null when none is under way. */
    @Column(name = "REMOVAL_ID", length = 36)
    private String removalId;

    protected Membership() {
        // for JPA
    }

    public Membership(String collegeId, String personId, String chatId, MembershipRole role, String recordedBy,
            OffsetDateTime since) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.personId = personId;
        this.chatId = chatId;
        this.role = role;
        this.recordedBy = recordedBy;
        this.since = since;
    }

    public void end(String reason, String document, String by, OffsetDateTime at) {
        if (until == null) {
            until = at;
            endReason = reason;
            this.document = document;
            endedBy = by;
        }
    }

    /** Marks the membership as one a removal is to end, so that a second event does not plan it twice. */
    public void toBeEndedBy(String removalId) {
        this.removalId = removalId;
    }

    public void rulesAccepted(Integer version) {
        if (version != null && (rulesVersion == null || version > rulesVersion)) {
            rulesVersion = version;
        }
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String personId() { return personId; }
    public String chatId() { return chatId; }
    public MembershipRole role() { return role; }
    public OffsetDateTime since() { return since; }
    public OffsetDateTime until() { return until; }
    public String endReason() { return endReason; }
    public String document() { return document; }
    public String endedBy() { return endedBy; }
    public String removalId() { return removalId; }
    public Integer rulesVersion() { return rulesVersion; }
    public boolean isActive() { return until == null; }
}
