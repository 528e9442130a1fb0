package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The end of «Рассмотреть обжалование ограничения»: the administration lifts the restriction or upholds it; upholding
 * needs a reason, which the member is told.
 */
@Dependent
@Named("recordAppealDecision")
public class RecordAppealDecision implements ExecutionListener {

    @Inject
    JpaBreaches breaches;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String decision = FormValues.textOrNull(execution.getVariable(BreachVariables.APPEAL_DECISION));
        String note = FormValues.textOrNull(execution.getVariable(BreachVariables.APPEAL_NOTE));
        if (!"lift".equals(decision) && !"uphold".equals(decision)) {
            throw FormErrors.refusal("Выберите решение: снять ограничение или оставить его.");
        }
        boolean upheld = "uphold".equals(decision);
        if (upheld && note == null) {
            throw FormErrors.refusal("Напишите, почему ограничение остаётся: это пояснение получит участник.");
        }
        if (note != null && note.length() > 1000) {
            throw FormErrors.refusal("Пояснение — до 1000 знаков.");
        }
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        breach.appealDecided(upheld, note, by);
        audit.record(breach.collegeId(), by, upheld ? "APPEAL_UPHELD" : "APPEAL_LIFTED", breach.personId(), "CHAT",
                breach.chatId(), upheld ? "Обжалование отклонено: ограничение остаётся" : "Обжалование удовлетворено: "
                        + "ограничение снимается");
    }
}
