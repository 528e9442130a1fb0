package ru.sferumworkflow.appointments;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One group's line of the director's distribution of class teachers (one distribution = one process instance). */
@Entity
@Table(name = "SFW_CLASS_TEACHER_ASSIGNMENT")
public class ClassTeacherAssignment {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;

    @Column(name = "GROUP_ID", length = 36, nullable = false)
    private String groupId;

    @Column(name = "TEACHER_ID", length = 36, nullable = false)
    private String teacherId;

    @Column(name = "PREVIOUS_TEACHER_ID", length = 36)
    private String previousTeacherId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private AssignmentStatus status;

    @Column(name = "ENTERED_BY", length = 64)
    private String enteredBy;

    @Column(name = "ENTERED_AT", nullable = false)
    private OffsetDateTime enteredAt;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    @Column(name = "ATTACHED_BY", length = 64)
    private String attachedBy;

    @Column(name = "ATTACHED_AT")
    private OffsetDateTime attachedAt;

    protected ClassTeacherAssignment() {
        // for JPA
    }

    public ClassTeacherAssignment(String collegeId, String processInstanceId, int lineNo, String groupId,
            String teacherId, String previousTeacherId, String enteredBy, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.processInstanceId = processInstanceId;
        this.lineNo = lineNo;
        this.groupId = groupId;
        this.teacherId = teacherId;
        this.previousTeacherId = previousTeacherId;
        this.status = teacherId.equals(previousTeacherId) ? AssignmentStatus.UNCHANGED : AssignmentStatus.PROPOSED;
        this.enteredBy = enteredBy;
        this.enteredAt = at;
    }

    public void decided(boolean approved, String by, OffsetDateTime at) {
        if (status == AssignmentStatus.PROPOSED) {
            status = approved ? AssignmentStatus.APPROVED : AssignmentStatus.REFUSED;
        }
        decidedBy = by;
        decidedAt = at;
    }

    public void attached(String by, OffsetDateTime at) {
        status = AssignmentStatus.ATTACHED;
        attachedBy = by;
        attachedAt = at;
    }

    public void notAttached(String by, OffsetDateTime at) {
        status = AssignmentStatus.NOT_ATTACHED;
        attachedBy = by;
        attachedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public int lineNo() { return lineNo; }
    public String groupId() { return groupId; }
    public String teacherId() { return teacherId; }
    public String previousTeacherId() { return previousTeacherId; }
    public AssignmentStatus status() { return status; }
    public OffsetDateTime attachedAt() { return attachedAt; }
}
