package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A parent (законный представитель) of a student; a link that ends is kept with its end. */
@Entity
@Table(name = "SFW_STUDENT_PARENT")
public class StudentParent {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "STUDENT_ID", length = 36, nullable = false)
    private String studentId;

    @Column(name = "PARENT_ID", length = 36, nullable = false)
    private String parentId;

    @Column(name = "SINCE", nullable = false)
    private OffsetDateTime since;

    @Column(name = "ENDED_AT")
    private OffsetDateTime endedAt;

    protected StudentParent() {
        // for JPA
    }

    public StudentParent(String collegeId, String studentId, String parentId, OffsetDateTime since) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.studentId = studentId;
        this.parentId = parentId;
        this.since = since;
    }

    public void end(OffsetDateTime at) {
        endedAt = at;
    }

    public String id() { return id; }
    public String studentId() { return studentId; }
    public String parentId() { return parentId; }
    public OffsetDateTime since() { return since; }
    public OffsetDateTime endedAt() { return endedAt; }
    public boolean isCurrent() { return endedAt == null; }
}
