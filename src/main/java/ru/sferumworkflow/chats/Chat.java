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

/** A chat or channel the college keeps on the platform, with its moderator (seed §21.4). */
@Entity
@Table(name = "SFW_CHAT")
public class Chat {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    private ChatKind kind;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "GROUP_ID", length = 36)
    private String groupId;

    @Column(name = "SUBJECT", length = 200)
    private String subject;

    @Column(name = "MODERATOR_ID", length = 36)
    private String moderatorId;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "CLOSED_AT")
    private OffsetDateTime closedAt;

    protected Chat() {
        // for JPA
    }

    public Chat(String collegeId, ChatKind kind, String title, String groupId, String subject, String moderatorId,
            String createdBy, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.kind = kind;
        this.title = title;
        this.groupId = groupId;
        this.subject = subject;
        this.moderatorId = moderatorId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A new moderator, such as when the previous one leaves the college. */
    public void moderatedBy(String personId) {
        moderatorId = personId;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public ChatKind kind() { return kind; }
    public String title() { return title; }
    public String groupId() { return groupId; }
    public String subject() { return subject; }
    public String moderatorId() { return moderatorId; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime closedAt() { return closedAt; }
}
