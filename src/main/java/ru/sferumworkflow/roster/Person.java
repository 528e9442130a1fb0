package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person of the roster in one role: a staff member (with the position and whether it is pedagogical),
 * a student (with the group and the date of birth, so that minors are known) or a parent. The external key is
 * what the college's files identify them by, so that a re-import finds the same row.
 */
@Entity
@Table(name = "SFW_PERSON")
public class Person {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", length = 16, nullable = false)
    private PersonRole role;

    @Column(name = "EXTERNAL_KEY", length = 254, nullable = false)
    private String externalKey;

    @Column(name = "FULL_NAME", length = 200, nullable = false)
    private String fullName;

    /** The name in upper case with Ё as Е, for search that forgives both. */
    @Column(name = "SEARCH_NAME", length = 200, nullable = false)
    private String searchName;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PHONE", length = 12)
    private String phone;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "GROUP_ID", length = 36)
    private String groupId;

    @Column(name = "POSITION", length = 200)
    private String position;

    @Column(name = "PEDAGOGICAL")
    private Boolean pedagogical;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private PersonStatus status;

    @Column(name = "UPDATED_AT", nullable = false)
    private OffsetDateTime updatedAt;

    /** The staff member's Tasklist account, linked by an administrator; null until linked. */
    @Column(name = "USER_ID", length = 64)
    private String userId;

    protected Person() {
        // for JPA
    }

    public Person(String collegeId, PersonRole role, String externalKey, String fullName, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.role = role;
        this.externalKey = externalKey;
        this.status = PersonStatus.ACTIVE;
        rename(fullName);
        this.updatedAt = at;
    }

    /** Takes the data of an imported line; true when anything changed. */
    public boolean describe(PersonData data, OffsetDateTime at) {
        if (status == PersonStatus.WITHDRAWN) {
            // The consent is withdrawn and the data is being destroyed: a roster file brings nothing new in.
            return false;
        }
        boolean changed = !Objects.equals(fullName, data.fullName()) || !Objects.equals(email, data.email())
                || !Objects.equals(phone, data.phone()) || !Objects.equals(birthDate, data.birthDate())
                || !Objects.equals(groupId, data.groupId()) || !Objects.equals(position, data.position())
                || !Objects.equals(pedagogical, data.pedagogical());
        if (changed) {
            rename(data.fullName());
            email = data.email();
            phone = data.phone();
            birthDate = data.birthDate();
            groupId = data.groupId();
            position = data.position();
            pedagogical = data.pedagogical();
            updatedAt = at;
        }
        return changed;
    }

    /** A movement event: the person leaves, moves to another group or returns. */
    public void move(PersonStatus newStatus, String newGroupId, OffsetDateTime at) {
        status = newStatus;
        if (newGroupId != null) {
            groupId = newGroupId;
        }
        updatedAt = at;
    }

    public void linkAccount(String userId, OffsetDateTime at) {
        this.userId = userId;
        this.updatedAt = at;
    }

    public boolean isMinorOn(LocalDate day) {
        return birthDate != null && birthDate.plusYears(18).isAfter(day);
    }

    /** Whether this is the person's full name, whatever its case and Ё/Е. */
    public boolean isNamed(String name) {
        return name != null && searchForm(fullName).equals(searchForm(name));
    }

    public static String searchForm(String name) {
        return name.toUpperCase(Locale.ROOT).replace('Ё', 'Е');
    }

    private void rename(String name) {
        fullName = name;
        searchName = searchForm(name);
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public PersonRole role() { return role; }
    public String externalKey() { return externalKey; }
    public String fullName() { return fullName; }
    public String email() { return email; }
    public String phone() { return phone; }
    public LocalDate birthDate() { return birthDate; }
    public String groupId() { return groupId; }
    public String position() { return position; }
    public Boolean pedagogical() { return pedagogical; }
    public PersonStatus status() { return status; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public boolean isActive() { return status == PersonStatus.ACTIVE; }

    /** Still studies or works here — also after withdrawing the consent, when they are in no chat of ours. */
    public boolean isWithCollege() {
        return status == PersonStatus.ACTIVE || status == PersonStatus.WITHDRAWN;
    }
    public String userId() { return userId; }
}
