package ru.sferumworkflow.roster;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person the import's file no longer lists («выбыли?»), until an administrator confirms a movement event. */
@Entity
@Table(name = "SFW_IMPORT_DEPARTURE")
public class ImportDeparture {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "IMPORT_ID", length = 36, nullable = false)
    private String importId;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "MOVEMENT_ID", length = 36)
    private String movementId;

    protected ImportDeparture() {
        // for JPA
    }

    public ImportDeparture(String importId, String personId) {
        this.id = UUID.randomUUID().toString();
        this.importId = importId;
        this.personId = personId;
    }

    public void confirmed(String movementId) {
        this.movementId = movementId;
    }

    public String importId() { return importId; }
    public String personId() { return personId; }
    public String movementId() { return movementId; }
}
