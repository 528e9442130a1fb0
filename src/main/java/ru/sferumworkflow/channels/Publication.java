package ru.sferumworkflow.channels;

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

/** Material for a system channel, from its author's request to its publication on the platform. */
@Entity
@Table(name = "SFW_PUBLICATION")
public class Publication {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    private SystemChannel channel;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "BODY", length = 4000, nullable = false)
    private String body;

    @Column(name = "WISHED_DATE", nullable = false)
    private LocalDate wishedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private PublicationStatus status;

    @Column(name = "SUBMITTED_BY", length = 64, nullable = false)
    private String submittedBy;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "REVIEWED_BY", length = 64)
    private String reviewedBy;

    @Column(name = "REVIEW_COMMENT", length = 1000)
    private String reviewComment;

    @Column(name = "PUBLISHED_BY", length = 64)
    private String publishedBy;

    @Column(name = "PUBLISHED_AT")
    private OffsetDateTime publishedAt;

    protected Publication() {
        // for JPA
    }

    public Publication(String collegeId, SystemChannel channel, String title, String body, LocalDate wishedDate,
            String submittedBy, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.channel = channel;
        this.title = title;
        this.body = body;
        this.wishedDate = wishedDate;
        this.status = PublicationStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = at;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void reviewed(boolean approved, String by, String comment) {
        status = approved ? PublicationStatus.APPROVED : PublicationStatus.RETURNED;
        reviewedBy = by;
        reviewComment = comment;
    }

    public void revised(String newTitle, String newBody, LocalDate newDate, OffsetDateTime at) {
        title = newTitle;
        body = newBody;
        wishedDate = newDate;
        status = PublicationStatus.SUBMITTED;
        submittedAt = at;
    }

    public void withdrawn() {
        status = PublicationStatus.WITHDRAWN;
    }

    public void published(String by, OffsetDateTime at) {
        status = PublicationStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public SystemChannel channel() { return channel; }
    public String title() { return title; }
    public String body() { return body; }
    public LocalDate wishedDate() { return wishedDate; }
    public PublicationStatus status() { return status; }
    public String submittedBy() { return submittedBy; }
    public String reviewComment() { return reviewComment; }
    public String publishedBy() { return publishedBy; }
    public OffsetDateTime publishedAt() { return publishedAt; }
}
