package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A movement event with the order behind it; stored once and never changed. */
@Entity
@Table(name = "SFW_MOVEMENT")
public class Movement {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    private MovementKind kind;

    @Column(name = "ORDER_NUMBER", length = 30, nullable = false)
    private String orderNumber;

    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;

    @Column(name = "FROM_GROUP_ID", length = 36)
    private String fromGroupId;

    @Column(name = "TO_GROUP_ID", length = 36)
    private String toGroupId;

    /** The import whose «выбыли?» list this event confirms, if any. */
    @Column(name = "IMPORT_ID", length = 36)
    private String importId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64)
    private String processInstanceId;

    @Column(name = "ENTERED_BY", length = 64, nullable = false)
    private String enteredBy;

    @Column(name = "ENTERED_AT", nullable = false)
    private OffsetDateTime enteredAt;

    protected Movement() {
        // for JPA
    }

    public Movement(String collegeId, Person person, MovementKind kind, String orderNumber, LocalDate orderDate,
            String toGroupId, String importId, String enteredBy, OffsetDateTime enteredAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.personId = person.id();
        this.kind = kind;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.fromGroupId = person.groupId();
        this.toGroupId = toGroupId;
        this.importId = importId;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /**
     * The document behind the event: «приказ № 12-к от 01.09.2026», or for a withdrawal of consent «отзыв согласия
     * (заявление на бумаге) от 01.09.2026».
     */
    public String document() {
        String date = orderDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        return kind.byOrder() ? "приказ № " + orderNumber + " от " + date
                : "отзыв согласия (" + orderNumber + ") от " + date;
    }

    public void startedProcess(String id) {
        processInstanceId = id;
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String personId() { return personId; }
    public MovementKind kind() { return kind; }
    public String orderNumber() { return orderNumber; }
    public LocalDate orderDate() { return orderDate; }
    public String fromGroupId() { return fromGroupId; }
    public String toGroupId() { return toGroupId; }
    public String importId() { return importId; }
    public String processInstanceId() { return processInstanceId; }
    public String enteredBy() { return enteredBy; }
    public OffsetDateTime enteredAt() { return enteredAt; }
}
