package ru.sferumworkflow.onboarding;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The college as the administrator entered it on the platform (seed §20.1 «вносит, редактирует информацию
 * о Техникуме»), and when its onboarding was complete. Its id is the college id (the Camunda tenant).
 */
@Entity
@Table(name = "SFW_COLLEGE")
public class College {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NAME", length = 300)
    private String name;

    @Column(name = "SHORT_NAME", length = 100)
    private String shortName;

    @Column(name = "ADDRESS", length = 500)
    private String address;

    @Column(name = "SITE", length = 200)
    private String site;

    @Column(name = "EMAIL", length = 254)
    private String email;

    /** The groups of the structure on the platform, one per line (from the roster once there is one). */
    @Column(name = "STRUCTURE_GROUPS", length = 4000)
    private String structureGroups;

    @Column(name = "ONBOARDED_AT")
    private OffsetDateTime onboardedAt;

    @Column(name = "UPDATED_BY", length = 64)
    private String updatedBy;

    @Column(name = "UPDATED_AT")
    private OffsetDateTime updatedAt;

    protected College() {
        // for JPA
    }

    public College(String id) {
        this.id = id;
    }

    public void describe(CollegeDetails details, String by, OffsetDateTime at) {
        name = details.name();
        shortName = details.shortName();
        address = details.address();
        site = details.site();
        email = details.email();
        structureGroups = String.join("\n", details.groups());
        updatedBy = by;
        updatedAt = at;
    }

    public void markOnboarded(OffsetDateTime at) {
        if (onboardedAt == null) {
            onboardedAt = at;
        }
    }

    public String id() { return id; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public String address() { return address; }
    public String site() { return site; }
    public String email() { return email; }
    public List<String> structureGroups() {
        return structureGroups == null || structureGroups.isEmpty() ? List.of() : List.of(structureGroups.split("\n"));
    }
    public OffsetDateTime onboardedAt() { return onboardedAt; }
    public String updatedBy() { return updatedBy; }
}
