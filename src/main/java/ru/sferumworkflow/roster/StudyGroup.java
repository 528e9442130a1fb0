package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A study group (учебная группа) such as «ИС-21»: a class on the platform with its chats. */
@Entity
@Table(name = "SFW_GROUP")
public class StudyGroup {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "CODE", length = 20, nullable = false)
    private String code;

    @Column(name = "NAME", length = 200)
    private String name;

    @Column(name = "SPECIALTY", length = 300)
    private String specialty;

    @Column(name = "COURSE")
    private Integer course;

    @Column(name = "CLASS_TEACHER_ID", length = 36)
    private String classTeacherId;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "UPDATED_AT", nullable = false)
    private OffsetDateTime updatedAt;

    protected StudyGroup() {
        // for JPA
    }

    public StudyGroup(String collegeId, String code, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.code = code;
        this.active = true;
        this.updatedAt = at;
    }

    /**
     * Takes the imported description; true when anything changed. A file without a class teacher keeps the current
     * one: class teachers come from the director's distribution, and a re-import of groups must not undo it.
     */
    public boolean describe(String name, String specialty, Integer course, String importedClassTeacherId,
            OffsetDateTime at) {
        String classTeacherId = importedClassTeacherId != null ? importedClassTeacherId : this.classTeacherId;
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.specialty, specialty)
                || !Objects.equals(this.course, course) || !Objects.equals(this.classTeacherId, classTeacherId)
                || !active;
        if (changed) {
            this.name = name;
            this.specialty = specialty;
            this.course = course;
            this.classTeacherId = classTeacherId;
            this.active = true;
            this.updatedAt = at;
        }
        return changed;
    }

    /** The class teacher from the director's approved distribution, attached on the platform. */
    public void assignClassTeacher(String teacherId, OffsetDateTime at) {
        classTeacherId = teacherId;
        updatedAt = at;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String code() { return code; }
    public String name() { return name; }
    public String specialty() { return specialty; }
    public Integer course() { return course; }
    public String classTeacherId() { return classTeacherId; }
    public boolean active() { return active; }
}
