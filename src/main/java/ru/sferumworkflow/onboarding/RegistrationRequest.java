package ru.sferumworkflow.onboarding;

import java.time.LocalDate;
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
 * One registration request of the college to the platform's support address (seed §20.1), with its unique
 * reference (СФЕРУМ-2026-0001) that the answer is matched by. A refused request is followed by a new one
 * with a new reference; none is ever deleted.
 */
@Entity
@Table(name = "SFW_REGISTRATION_REQUEST")
public class RegistrationRequest {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "ORDER_ID", length = 36, nullable = false)
    private String orderId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64)
    private String processInstanceId;

    @Column(name = "REFERENCE", length = 20, nullable = false)
    private String reference;

    @Column(name = "REQUEST_YEAR", nullable = false)
    private int year;

    @Column(name = "SEQUENCE_NO", nullable = false)
    private int sequenceNo;

    @Column(name = "RECIPIENT", length = 254, nullable = false)
    private String recipient;

    @Column(name = "COVER_NOTE", length = 2000)
    private String coverNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private RegistrationStatus status;

    @Column(name = "SENT_AT")
    private OffsetDateTime sentAt;

    @Column(name = "MESSAGE_ID", length = 200)
    private String messageId;

    @Column(name = "ANSWER_DATE")
    private LocalDate answerDate;

    @Column(name = "ANSWER_COMMENT", length = 4000)
    private String answerComment;

    @Column(name = "ANSWER_SOURCE", length = 16)
    private String answerSource;

    @Column(name = "ANSWERED_BY", length = 64)
    private String answeredBy;

    @Column(name = "ANSWERED_AT")
    private OffsetDateTime answeredAt;

    protected RegistrationRequest() {
        // for JPA
    }

    public RegistrationRequest(String collegeId, String orderId, String processInstanceId, int year, int sequenceNo,
            String recipient, String coverNote) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.orderId = orderId;
        this.processInstanceId = processInstanceId;
        this.year = year;
        this.sequenceNo = sequenceNo;
        this.reference = reference(year, sequenceNo);
        this.recipient = recipient;
        this.coverNote = coverNote;
        this.status = RegistrationStatus.PREPARED;
    }

    public static String reference(int year, int sequenceNo) {
        return String.format("СФЕРУМ-%d-%04d", year, sequenceNo);
    }

    public void markSent(String messageId, OffsetDateTime at) {
        this.messageId = messageId;
        this.sentAt = at;
        this.status = RegistrationStatus.SENT;
    }

    public void recordAnswer(boolean confirmed, LocalDate date, String comment, String source, String by,
            OffsetDateTime at) {
        this.status = confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.REFUSED;
        this.answerDate = date;
        this.answerComment = comment;
        this.answerSource = source;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** The process was cancelled while this request waited: it is kept, marked as cancelled. */
    public void cancel() {
        if (status == RegistrationStatus.PREPARED || status == RegistrationStatus.SENT) {
            status = RegistrationStatus.CANCELLED;
        }
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String orderId() { return orderId; }
    public String processInstanceId() { return processInstanceId; }
    public String reference() { return reference; }
    public int year() { return year; }
    public int sequenceNo() { return sequenceNo; }
    public String recipient() { return recipient; }
    public String coverNote() { return coverNote; }
    public RegistrationStatus status() { return status; }
    public OffsetDateTime sentAt() { return sentAt; }
    public String messageId() { return messageId; }
    public LocalDate answerDate() { return answerDate; }
    public String answerComment() { return answerComment; }
    public String answerSource() { return answerSource; }
    public String answeredBy() { return answeredBy; }
}
