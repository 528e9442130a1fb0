package ru.sferumworkflow.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a process as the audit trail keeps it; never changed once written. */
@Entity
@Table(name = "SFW_AUDIT_EVENT")
public class AuditEvent {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "OCCURRED_AT", nullable = false)
    private OffsetDateTime at;

    /** The user who did it; null for the system (timers, the join page's visitor is named in the detail). */
    @Column(name = "ACTOR", length = 64)
    private String actor;

    @Column(name = "ACTION_NAME", length = 32, nullable = false)
    private String action;

    /** The person the step concerns, if one. */
    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "OBJECT_TYPE", length = 32, nullable = false)
    private String objectType;

    @Column(name = "OBJECT_ID", length = 36, nullable = false)
    private String objectId;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    /** The process instance that was running when this was recorded, if any. */
    @Column(name = "PROCESS_INSTANCE_ID", length = 64)
    private String processInstanceId;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(String collegeId, OffsetDateTime at, String actor, String action, String personId,
            String objectType, String objectId, String detail) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.personId = personId;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail;
    }

    public AuditEvent during(String processInstance) {
        this.processInstanceId = processInstance;
        return this;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public OffsetDateTime at() { return at; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String personId() { return personId; }
    public String objectType() { return objectType; }
    public String objectId() { return objectId; }
    public String detail() { return detail; }
    public String processInstanceId() { return processInstanceId; }
}
