package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consent to the processing of personal data (152-ФЗ): whose data, who gave it (a parent for a minor),
 * for what purpose, when and how; a withdrawal is recorded, never a deletion.
 */
@Entity
@Table(name = "SFW_CONSENT")
public class Consent {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "SUBJECT_ID", length = 36, nullable = false)
    private String subjectId;

    @Column(name = "GIVEN_BY_ID", length = 36, nullable = false)
    private String givenById;

    @Column(name = "PURPOSE", length = 500, nullable = false)
    private String purpose;

    @Column(name = "GIVEN_AT", nullable = false)
    private OffsetDateTime givenAt;

    /** «join page» or «paper». */
    @Column(name = "METHOD", length = 32, nullable = false)
    private String method;

    @Column(name = "WITHDRAWN_AT")
    private OffsetDateTime withdrawnAt;

    protected Consent() {
        // for JPA
    }

    public Consent(String collegeId, String subjectId, String givenById, String purpose, String method,
            OffsetDateTime givenAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.subjectId = subjectId;
        this.givenById = givenById;
        this.purpose = purpose;
        this.method = method;
        this.givenAt = givenAt;
    }

    public void withdraw(OffsetDateTime at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public String id() { return id; }
    public String subjectId() { return subjectId; }
    public String givenById() { return givenById; }
    public String purpose() { return purpose; }
    public String method() { return method; }
    public OffsetDateTime givenAt() { return givenAt; }
    public OffsetDateTime withdrawnAt() { return withdrawnAt; }
}
