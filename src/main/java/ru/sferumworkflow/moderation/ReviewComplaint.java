package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.validation.FormDecision;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of «Рассмотреть жалобу на нарушение правил»: the moderator confirms the complaint — then it is a breach like
 * any other, first or repeated — or refuses it with a reason, and it counts for nothing.
 */
@Dependent
@Named("reviewComplaint")
public class ReviewComplaint implements ExecutionListener {

    @Inject
    JpaBreaches breaches;

    @Inject
    JpaRoster roster;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean confirmed = FormDecision.choice(execution.getVariable(BreachVariables.COMPLAINT_DECISION), "confirm",
                "refuse", "Выберите: нарушение подтверждается или жалоба отклоняется.");
        String note = FormDecision.note(execution.getVariable(BreachVariables.COMPLAINT_NOTE), !confirmed,
                "Напишите, почему жалоба отклоняется.");
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        if (by != null && (by.equals(breach.reportedBy()) || roster.byUser(breach.collegeId(), by)
                .map(person -> person.id().equals(breach.personId())).orElse(false))) {
            throw FormErrors.refusal("Жалобу не рассматривает тот, кто её подал, или тот, на кого она подана: "
                    + "верните задачу администраторам Сферума.");
        }
        if (confirmed) {
            breaches.refuseOverRunningRestriction(breach);
        }
        breach.reviewed(confirmed, note);
        boolean repeated = confirmed && breaches.isRepeated(breach);
        execution.setVariable(BreachVariables.REPEATED, repeated);
        audit.record(breach.collegeId(), by, confirmed ? "COMPLAINT_CONFIRMED" : "COMPLAINT_REFUSED", breach.personId(),
                "CHAT", breach.chatId(), confirmed ? "Жалоба подтверждена модератором" + (repeated ? " (нарушение повторное)" : "")
                        : "Жалоба отклонена модератором: " + note);
    }
}
