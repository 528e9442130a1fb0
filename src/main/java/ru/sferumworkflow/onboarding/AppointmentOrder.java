package ru.sferumworkflow.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/**
 * The order «Об использовании ИКОП «Сферум» и учебного профиля …» that appoints the platform administrator
 * (seed §20.2). One row per order, from the first draft to the director's decision; the order number is
 * unique within the college.
 */
@Entity
@Table(name = "SFW_APPOINTMENT_ORDER",
        uniqueConstraints = @UniqueConstraint(name = "SFW_APPOINTMENT_ORDER_NUMBER", columnNames = {"COLLEGE_ID", "ORDER_NUMBER"}))
public class AppointmentOrder {

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

    @Column(name = "ORDER_NUMBER", length = 30, nullable = false)
    private String number;

    @Column(name = "ORDER_NUMBER_KEY", length = 30)
    private String numberKey;

    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate date;

    @Column(name = "ADMIN_FULL_NAME", length = 200, nullable = false)
    private String adminFullName;

    @Column(name = "ADMIN_POSITION", length = 200, nullable = false)
    private String adminPosition;

    @Column(name = "ADMIN_EMAIL", length = 254, nullable = false)
    private String adminEmail;

    @Column(name = "ADMIN_PHONE", length = 12, nullable = false)
    private String adminPhone;

    @Column(name = "SECOND_FULL_NAME", length = 200)
    private String secondFullName;

    @Column(name = "SECOND_POSITION", length = 200)
    private String secondPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private OrderStatus status;

    @Column(name = "DRAFTED_BY", length = 64)
    private String draftedBy;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private OffsetDateTime decidedAt;

    @Column(name = "DIRECTOR_COMMENT", length = 2000)
    private String directorComment;

    @Column(name = "DOCUMENT_ID", length = 36)
    private String documentId;

    protected AppointmentOrder() {
        // for JPA
    }

    public static AppointmentOrder draft(String collegeId, String processInstanceId, String draftedBy, OrderDraft draft) {
        AppointmentOrder order = new AppointmentOrder();
        order.id = UUID.randomUUID().toString();
        order.collegeId = collegeId;
        order.processInstanceId = processInstanceId;
        order.draftedBy = draftedBy;
        order.revise(draft);
        return order;
    }

    /** The drafter's new version; the order waits for the director again. */
    public void revise(OrderDraft draft) {
        if (status == OrderStatus.APPROVED) {
            throw new IllegalStateException("Утверждённый приказ № " + number + " изменять нельзя");
        }
        number = draft.number();
        numberKey = OrderNumbers.key(draft.number());
        date = draft.date();
        adminFullName = draft.adminFullName();
        adminPosition = draft.adminPosition();
        adminEmail = draft.adminEmail();
        adminPhone = draft.adminPhone();
        secondFullName = draft.secondFullName();
        secondPosition = draft.secondPosition();
        status = OrderStatus.DRAFT;
    }

    public void approve(String director, OffsetDateTime at) {
        requireDraft();
        status = OrderStatus.APPROVED;
        decidedBy = director;
        decidedAt = at;
        directorComment = null;
    }

    public void returnForRework(String director, OffsetDateTime at, String comment) {
        requireDraft();
        status = OrderStatus.RETURNED;
        decidedBy = director;
        decidedAt = at;
        directorComment = comment;
    }

    /** The order's content as the forms show it. */
    public OrderDraft content() {
        return new OrderDraft(number, date, adminFullName, adminPosition, adminEmail, adminPhone, secondFullName,
                secondPosition);
    }

    /** The process of a draft was cancelled: the draft is kept for the record and its number freed. */
    public void withdraw() {
        if (status == OrderStatus.APPROVED) {
            throw new IllegalStateException("Утверждённый приказ № " + number + " отозвать здесь нельзя");
        }
        status = OrderStatus.WITHDRAWN;
        numberKey = null;
    }

    /** The approved order's PDF, kept once and never replaced. */
    public void attachDocument(String id) {
        if (status != OrderStatus.APPROVED) {
            throw new IllegalStateException("Документ прикладывается только к утверждённому приказу № " + number);
        }
        if (documentId == null) {
            documentId = id;
        }
    }

    private void requireDraft() {
        if (status != OrderStatus.DRAFT) {
            throw new IllegalStateException("Решение по приказу № " + number + " уже принято: " + status.title());
        }
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public String number() { return number; }
    public LocalDate date() { return date; }
    public String adminFullName() { return adminFullName; }
    public String adminPosition() { return adminPosition; }
    public String adminEmail() { return adminEmail; }
    public String adminPhone() { return adminPhone; }
    public String secondFullName() { return secondFullName; }
    public String secondPosition() { return secondPosition; }
    public OrderStatus status() { return status; }
    public String draftedBy() { return draftedBy; }
    public String decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String directorComment() { return directorComment; }
    public String documentId() { return documentId; }
}
