package ru.sferumworkflow.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.SuspendedEntityInteractionException;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.documents.JpaDocuments;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.roster.MovementKind;
import ru.sferumworkflow.roster.Movements;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.validation.Refusal;

/**
 * A withdrawal of the consent to processing (152-ФЗ, ст. 9 ч. 2, ст. 21 ч. 5): every valid consent of the subject is
 * withdrawn, a movement event «Отзыв согласия» ends their chats as a departure does, and «Отзыв согласия на обработку
 * персональных данных» starts — the removal from the chats, then the destruction of the data within 30 days of the
 * day the withdrawal was received. All in one transaction: a withdrawal never exists without its process.
 */
@ApplicationScoped
public class ConsentWithdrawals {

    public static final String PROCESS = "consentWithdrawal";
    /** The legal term: the data is destroyed within 30 days of the withdrawal's receipt (152-ФЗ, ст. 21 ч. 5). */
    public static final int DAYS_TO_DESTROY = 30;

    /** Who «entered» a withdrawal made through a personal link: the person themselves, not a user of Tasklist. */
    static final String BY_LINK = "личная ссылка";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What was done, for the answer to the one who withdrew. */
    public record Withdrawn(String movementId, String processInstanceId, int consents, LocalDate destroyBy) {
    }

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Inject
    JpaRoster roster;

    @Inject
    JpaDocuments documents;

    @Inject
    JpaDestructions destructions;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    AuditLog audit;

    /**
     * Who may withdraw a subject's consents: the subject, and a current parent of a student who is a minor today. An
     * adult decides alone, also about a consent a parent gave while they were a minor.
     */
    public boolean mayWithdraw(Person subject, String byPersonId) {
        if (subject.id().equals(byPersonId)) {
            return true;
        }
        return subject.role() == PersonRole.STUDENT && subject.isMinorOn(Clock.today())
                && roster.linkedPeople(subject.id()).stream()
                        .anyMatch(linked -> linked.id().equals(byPersonId) && linked.role() == PersonRole.PARENT);
    }

    /** The person's data is already being destroyed (or has been): there is nothing left to withdraw a consent for. */
    public boolean destructionUnderWay(String personId) {
        return destructions.ofPerson(personId).map(destruction -> destruction.status() != DestructionStatus.POSTPONED)
                .orElse(false);
    }

    /**
     * @param method     {@link Consent#PAPER} or {@link Consent#PERSONAL_LINK}
     * @param scan       the written statement's scan, for a paper withdrawal
     * @param receivedOn the day the college received the withdrawal: the 30 days count from it
     * @param user       the administrator who entered a paper withdrawal; null for a personal link
     */
    @Transactional
    public Withdrawn withdraw(String collegeId, String subjectId, String byPersonId, String method, ConsentScan scan,
            LocalDate receivedOn, String user) {
        Person subject = roster.person(collegeId, subjectId)
                .orElseThrow(() -> new Refusal("Нет такого человека в списках Техникума."));
        // Two withdrawals of one person at once (two administrators, a link and a paper): the second waits and then
        // finds nothing left to withdraw.
        em.lock(subject, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(subject);
        if (byPersonId == null || !mayWithdraw(subject, byPersonId)) {
            throw new Refusal("Отозвать согласие может сам человек, а за несовершеннолетнего обучающегося — его "
                    + "родитель (законный представитель): выберите, кто подписал отзыв.");
        }
        if (destructionUnderWay(subject.id())) {
            throw new Refusal("Персональные данные этого человека уже уничтожаются (или уничтожены): отзывать "
                    + "согласие не нужно.");
        }
        if (receivedOn == null || receivedOn.isAfter(Clock.today())) {
            throw new Refusal("Укажите день, когда Техникум получил отзыв согласия: не позже сегодняшнего.");
        }
        List<Consent> valid = roster.consents(subject.id()).stream().filter(Consent::isValid).toList();
        if (valid.isEmpty()) {
            throw new Refusal("У человека нет действующих согласий на обработку персональных данных: отзывать нечего.");
        }
        String scanId = null;
        if (scan != null) {
            Document document = new Document(collegeId, "WITHDRAWAL_SCAN", scan.fileName(), scan.contentType(),
                    scan.content(), Clock.now());
            documents.save(document);
            scanId = document.id();
        }
        OffsetDateTime now = Clock.now();
        Movement movement = new Movement(collegeId, subject, MovementKind.CONSENT_WITHDRAWAL,
                Consent.PAPER.equals(method) ? "заявление на бумаге" : "по личной ссылке", receivedOn, null, null,
                user == null ? BY_LINK : user, now);
        if (subject.isActive()) {
            // One who has left keeps the status that says why; the movement event tells of the withdrawal.
            subject.move(MovementKind.CONSENT_WITHDRAWAL.resultingStatus(), subject.groupId(), now);
        }
        roster.persist(movement);
        for (Consent consent : valid) {
            consent.withdraw(now, byPersonId, method, scanId, movement.id());
        }
        LocalDate destroyBy = receivedOn.plusDays(DAYS_TO_DESTROY);
        movement.startedProcess(start(collegeId, movement, destroyBy));
        audit.record(collegeId, user, "CONSENT_WITHDRAWN", subject.id(), "PERSON", subject.id(),
                "Согласие на обработку персональных данных отозвано " + Consent.methodTitle(method)
                        + (byPersonId.equals(subject.id()) ? "" : " родителем") + " (получено " + DAY.format(receivedOn)
                        + "), согласий — " + valid.size() + "; участие в чатах завершается, данные будут уничтожены "
                        + "не позднее " + DAY.format(destroyBy));
        return new Withdrawn(movement.id(), movement.processInstanceId(), valid.size(), destroyBy);
    }

    /** Started by the system: nobody starts a withdrawal from Tasklist. */
    private String start(String collegeId, Movement movement, LocalDate destroyBy) {
        try {
            return SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                    .createProcessInstanceByKey(PROCESS)
                    .processDefinitionWithoutTenantId()
                    .businessKey(movement.id())
                    .setVariables(Map.of(Movements.MOVEMENT_VARIABLE, movement.id(),
                            CollegeTenantIdProvider.COLLEGE_VARIABLE, collegeId,
                            PrivacyVariables.PERSON_ID, movement.personId(),
                            PrivacyVariables.DESTROY_BY, destroyBy.toString()))
                    .execute()
                    .getId());
        } catch (SuspendedEntityInteractionException e) {
            throw new Refusal("Процесс «Отзыв согласия на обработку персональных данных» приостановлен в Cockpit, "
                    + "поэтому отзыв не сохранён. Попросите системного администратора возобновить процесс.");
        }
    }
}
