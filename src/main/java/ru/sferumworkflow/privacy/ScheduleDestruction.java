package ru.sferumworkflow.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Назначить уничтожение персональных данных» of a withdrawal: once the person is out of every chat, their data is
 * proposed for destruction with the legal deadline in the reason; the called «Уничтожение персональных данных» sets
 * its tasks' due dates before it ({@link DestructionDue}).
 */
@Dependent
@Named("scheduleDestruction")
public class ScheduleDestruction implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    JpaRoster roster;

    @Inject
    JpaDestructions destructions;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        String college = execution.getTenantId();
        Person person = roster.person(college, (String) execution.getVariable(PrivacyVariables.PERSON_ID)).orElseThrow();
        LocalDate destroyBy = LocalDate.parse((String) execution.getVariable(PrivacyVariables.DESTROY_BY));
        String reason = "Согласие на обработку персональных данных отозвано, участие в чатах завершено; уничтожить "
                + "не позднее " + DAY.format(destroyBy) + " (30 дней со дня получения отзыва, ст. 21 ч. 5 152-ФЗ)";
        OffsetDateTime now = Clock.now();
        Destruction destruction = destructions.ofPerson(person.id()).orElse(null);
        if (destruction == null) {
            destruction = new Destruction(college, person.id(), reason, now);
            destructions.add(destruction);
        } else if (destruction.status() == DestructionStatus.POSTPONED) {
            destruction.propose(reason, now);
        } else {
            // Never over a destruction done or under way: its act must stay as it was made (ConsentWithdrawals
            // refuses such a withdrawal; this is the last guard). The job fails into an incident for the operator.
            throw new IllegalStateException("Уничтожение данных " + person.id() + " уже " + destruction.status()
                    + ": второе не назначено.");
        }
        execution.setVariable(PrivacyVariables.DESTRUCTION_ID, destruction.id());
        execution.setVariable(PrivacyVariables.SUBJECT, SubjectSummary.of(person, roster));
        execution.setVariable(PrivacyVariables.REASON, reason);
        audit.record(college, null, "PD_DESTRUCTION_PROPOSED", person.id(), "PERSON", person.id(),
                "Предложено уничтожить персональные данные: " + reason);
    }
}
