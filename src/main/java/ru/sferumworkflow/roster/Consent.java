package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consent to the processing of personal data (152-ФЗ, ст. 9): whose data, who gave it (a parent for a minor), for
 * what purpose, which data, when and how — on the join page, or on paper with its scan; a withdrawal is recorded (who,
 * how, the scan of a paper statement), never a deletion.
 */
@Entity
@Table(name = "SFW_CONSENT")
public class Consent {

    public static final String JOIN_PAGE = "join page";
    public static final String PAPER = "paper";
    public static final String PERSONAL_LINK = "personal link";

    /** The data the join page asks for and a consent given there covers. */
    public static final String JOIN_PAGE_SCOPE = "фамилия, имя, отчество; номер мобильного телефона; "
            + "адрес электронной почты";

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

    @Column(name = "SCOPE", length = 500, nullable = false)
    private String scope;

    /** The scan of a paper consent (SFW_DOCUMENT). */
    @Column(name = "SCAN_ID", length = 36)
    private String scanId;

    /** The administrator who entered a paper consent. */
    @Column(name = "RECORDED_BY", length = 64)
    private String recordedBy;

    @Column(name = "WITHDRAWN_AT")
    private OffsetDateTime withdrawnAt;

    @Column(name = "WITHDRAWN_BY_ID", length = 36)
    private String withdrawnById;

    @Column(name = "WITHDRAWAL_METHOD", length = 32)
    private String withdrawalMethod;

    @Column(name = "WITHDRAWAL_SCAN_ID", length = 36)
    private String withdrawalScanId;

    /** The movement event «Отзыв согласия» that ended the person's chats. */
    @Column(name = "WITHDRAWAL_MOVEMENT_ID", length = 36)
    private String withdrawalMovementId;

    protected Consent() {
        // for JPA
    }

    /** A consent given on the join page. */
    public Consent(String collegeId, String subjectId, String givenById, String purpose, String scope,
            OffsetDateTime givenAt) {
        this(collegeId, subjectId, givenById, purpose, scope, JOIN_PAGE, givenAt);
    }

    private Consent(String collegeId, String subjectId, String givenById, String purpose, String scope, String method,
            OffsetDateTime givenAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.subjectId = subjectId;
        this.givenById = givenById;
        this.purpose = purpose;
        this.scope = scope;
        this.method = method;
        this.givenAt = givenAt;
    }

    /** A paper consent an administrator entered, with its scan. */
    public static Consent onPaper(String collegeId, String subjectId, String givenById, String purpose, String scope,
            OffsetDateTime signedAt, String scanId, String recordedBy) {
        Consent consent = new Consent(collegeId, subjectId, givenById, purpose, scope, PAPER, signedAt);
        consent.scanId = scanId;
        consent.recordedBy = recordedBy;
        return consent;
    }

    /** Withdrawn by the subject or their parent, through a personal link or on paper (with the statement's scan). */
    public void withdraw(OffsetDateTime at, String byPersonId, String method, String scanId, String movementId) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnById = byPersonId;
            withdrawalMethod = method;
            withdrawalScanId = scanId;
            withdrawalMovementId = movementId;
        }
    }

    public boolean isValid() {
        return withdrawnAt == null;
    }

    /** How a consent was given or withdrawn, in words. */
    public static String methodTitle(String method) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case JOIN_PAGE -> "на странице приглашения";
            case PAPER -> "на бумаге";
            case PERSONAL_LINK -> "по личной ссылке";
            default -> method;
        };
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String subjectId() { return subjectId; }
    public String givenById() { return givenById; }
    public String purpose() { return purpose; }
    public String method() { return method; }
    public OffsetDateTime givenAt() { return givenAt; }
    public String scope() { return scope; }
    public String scanId() { return scanId; }
    public String recordedBy() { return recordedBy; }
    public OffsetDateTime withdrawnAt() { return withdrawnAt; }
    public String withdrawnById() { return withdrawnById; }
    public String withdrawalMethod() { return withdrawalMethod; }
    public String withdrawalScanId() { return withdrawalScanId; }
    public String withdrawalMovementId() { return withdrawalMovementId; }
}
