package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

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
        String decision = FormValues.textOrNull(execution.getVariable(BreachVariables.COMPLAINT_DECISION));
        String note = FormValues.textOrNull(execution.getVariable(BreachVariables.COMPLAINT_NOTE));
        if (!"confirm".equals(decision) && !"refuse".equals(decision)) {
            throw FormErrors.refusal("Выберите: нарушение подтверждается или жалоба отклоняется.");
        }
        boolean confirmed = "confirm".equals(decision);
        if (!confirmed && note == null) {
            throw FormErrors.refusal("Напишите, почему жалоба отклоняется.");
        }
        if (note != null && note.length() > 1000) {
            throw FormErrors.refusal("Пояснение — до 1000 знаков.");
        }
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
