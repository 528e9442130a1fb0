package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.SuspendedEntityInteractionException;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.validation.Refusal;

/**
 * Enters a movement event: checks it against the person's state, changes the person, stores the event and starts
 * «Удаление из чатов» — all in one transaction, so that an event never exists without its removal or the
 * other way round.
 */
@ApplicationScoped
public class Movements {

    public static final String REMOVAL_PROCESS = "memberRemoval";
    public static final String MOVEMENT_VARIABLE = "movementId";

    @Inject
    JpaRoster roster;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Transactional
    public Movement record(String collegeId, MovementRequest request, String user) {
        Person person = roster.person(collegeId, request.personId())
                .orElseThrow(() -> new Refusal("Нет такого человека в списках Техникума."));
        MovementKind kind = MovementKind.parse(request.kind()).orElseThrow(() -> new Refusal(
                "Укажите вид события: DISMISSAL (увольнение), EXPULSION (отчисление), GRADUATION (выпуск), "
                        + "TRANSFER (перевод в другую группу) или RETURN (восстановление)."));
        if (!kind.byOrder()) {
            throw new Refusal("Отзыв согласия вносят в разделе «Согласия» карточки человека, со сканом заявления.");
        }
        checkApplies(kind, person);
        String orderNumber = orderNumber(request.orderNumber());
        LocalDate orderDate = orderDate(request.orderDate());
        String toGroupId = toGroup(collegeId, kind, person, request.toGroupId());

        Movement movement = new Movement(collegeId, person, kind, orderNumber, orderDate, toGroupId,
                request.importId(), user, Clock.now());
        person.move(kind.resultingStatus(), toGroupId, Clock.now());
        roster.persist(movement);
        if (request.importId() != null) {
            roster.departure(request.importId(), person.id())
                    .orElseThrow(() -> new Refusal("Этого человека нет в списке «выбыли?» этой загрузки."))
                    .confirmed(movement.id());
        }
        if (kind.removesFromChats()) {
            movement.startedProcess(startRemoval(collegeId, movement));
        }
        return movement;
    }

    /**
     * Started by the system, not as the user: nobody may start a removal from Tasklist with made-up data. The
     * models are shared by all colleges; the instance takes its college from the «collegeId» variable.
     */
    private String startRemoval(String collegeId, Movement movement) {
        try {
            return SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                    .createProcessInstanceByKey(REMOVAL_PROCESS)
                    .processDefinitionWithoutTenantId()
                    .businessKey(movement.id())
                    .setVariables(Map.of(MOVEMENT_VARIABLE, movement.id(),
                            CollegeTenantIdProvider.COLLEGE_VARIABLE, collegeId))
                    .execute()
                    .getId());
        } catch (SuspendedEntityInteractionException e) {
            throw new Refusal("Процесс «Удаление из чатов» приостановлен в Cockpit, поэтому событие не сохранено. "
                    + "Попросите системного администратора возобновить процесс и внесите событие снова.");
        }
    }

    private static void checkApplies(MovementKind kind, Person person) {
        if (person.role() == PersonRole.PARENT) {
            throw new Refusal("События движения вносят для работников и обучающихся; родитель выбывает вместе "
                    + "с последним своим ребёнком.");
        }
        if (kind.appliesTo() != null && kind.appliesTo() != person.role()) {
            throw new Refusal("«" + kind.title() + "» — событие для "
                    + (kind.appliesTo() == PersonRole.STAFF ? "работника" : "обучающегося") + ", а это "
                    + person.role().title() + ".");
        }
        if (person.status() == PersonStatus.WITHDRAWN) {
            throw new Refusal("Человек отозвал согласие на обработку персональных данных: его данные уничтожаются, "
                    + "события движения для него не вносят.");
        }
        if (kind == MovementKind.RETURN ? person.isActive() : !person.isActive()) {
            throw new Refusal(kind == MovementKind.RETURN
                    ? "Человек и так числится в Техникуме: восстанавливать некого."
                    : "Человек уже выбыл (" + person.status().title() + "): новое событие не нужно.");
        }
    }

    private String toGroup(String collegeId, MovementKind kind, Person person, String toGroupId) {
        boolean needsGroup = kind == MovementKind.TRANSFER
                || (kind == MovementKind.RETURN && person.role() == PersonRole.STUDENT);
        if (!needsGroup) {
            return null;
        }
        if (toGroupId == null || toGroupId.isBlank()) {
            throw new Refusal("Укажите группу, в которую " + (kind == MovementKind.TRANSFER ? "переводится" : "восстанавливается")
                    + " обучающийся.");
        }
        StudyGroup group = roster.group(collegeId, toGroupId.trim())
                .orElseThrow(() -> new Refusal("Такой группы нет в Техникуме: выберите группу из списка."));
        if (kind == MovementKind.TRANSFER && group.id().equals(person.groupId())) {
            throw new Refusal("Обучающийся уже в группе " + group.code() + ": выберите другую группу.");
        }
        return group.id();
    }

    private static String orderNumber(String number) {
        if (number == null || number.isBlank()) {
            throw new Refusal("Укажите номер приказа, например 45-к.");
        }
        if (number.trim().length() > 30) {
            throw new Refusal("Номер приказа длиннее 30 знаков.");
        }
        return number.trim();
    }

    private static LocalDate orderDate(String date) {
        if (date == null || date.isBlank()) {
            throw new Refusal("Укажите дату приказа.");
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal("Дата приказа записана неверно: нужна дата вида 2026-09-01.");
        }
        if (parsed.isAfter(Clock.today())) {
            throw new Refusal("Дата приказа позже сегодняшнего дня: событие вносят по изданному приказу.");
        }
        return parsed;
    }
}
