package ru.sferumworkflow.chats;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of one chat's own rules of communication, one rule a line; versions are never changed, only added. */
@Entity
@Table(name = "SFW_CHAT_RULES")
public class ChatRulesVersion {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "CHAT_ID", length = 36, nullable = false)
    private String chatId;

    @Column(name = "RULES_VERSION", nullable = false)
    private int version;

    @Column(name = "RULES", length = 8000, nullable = false)
    private String rules;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "CHANGED_BY", length = 64, nullable = false)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private OffsetDateTime changedAt;

    protected ChatRulesVersion() {
        // for JPA
    }

    public ChatRulesVersion(String collegeId, String chatId, int version, List<String> rules, String note,
            String changedBy, OffsetDateTime changedAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.chatId = chatId;
        this.version = version;
        this.rules = String.join("\n", rules);
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String id() { return id; }
    public String chatId() { return chatId; }
    public int version() { return version; }
    public List<String> rules() { return Arrays.asList(rules.split("\n")); }
    public String note() { return note; }
    public String changedBy() { return changedBy; }
    public OffsetDateTime changedAt() { return changedAt; }
}
