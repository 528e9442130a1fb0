package ru.sferumworkflow.removal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One chat a movement event empties: the memberships to end point here, and the row says when the removal was
 * confirmed on the platform, by whom, and whether the moderator's deadline passed first.
 */
@Entity
@Table(name = "SFW_CHAT_REMOVAL")
public class ChatRemoval {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "MOVEMENT_ID", length = 36, nullable = false)
    private String movementId;

    @Column(name = "CHAT_ID", length = 36, nullable = false)
    private String chatId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "ESCALATED_AT")
    private OffsetDateTime escalatedAt;

    @Column(name = "DONE_BY", length = 64)
    private String doneBy;

    @Column(name = "DONE_AT")
    private OffsetDateTime doneAt;

    protected ChatRemoval() {
        // for JPA
    }

    public ChatRemoval(String collegeId, String movementId, String chatId, String processInstanceId, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.movementId = movementId;
        this.chatId = chatId;
        this.processInstanceId = processInstanceId;
        this.createdAt = at;
    }

    public void escalated(OffsetDateTime at) {
        escalatedAt = at;
    }

    public void done(String by, OffsetDateTime at) {
        doneBy = by;
        doneAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String movementId() { return movementId; }
    public String chatId() { return chatId; }
    public String processInstanceId() { return processInstanceId; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime escalatedAt() { return escalatedAt; }
    public String doneBy() { return doneBy; }
    public OffsetDateTime doneAt() { return doneAt; }
    public boolean isDone() { return doneAt != null; }
}
