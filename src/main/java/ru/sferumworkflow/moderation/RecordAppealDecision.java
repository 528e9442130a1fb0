package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;

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
        boolean upheld = FormDecision.choice(execution.getVariable(BreachVariables.APPEAL_DECISION), "uphold", "lift",
                "Выберите решение: снять ограничение или оставить его.");
        String note = FormDecision.note(execution.getVariable(BreachVariables.APPEAL_NOTE), upheld,
                "Напишите, почему ограничение остаётся: это пояснение получит участник.");
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        breach.appealDecided(upheld, note, by);
        audit.record(breach.collegeId(), by, upheld ? "APPEAL_UPHELD" : "APPEAL_LIFTED", breach.personId(), "CHAT",
                breach.chatId(), upheld ? "Обжалование отклонено: ограничение остаётся" : "Обжалование удовлетворено: "
                        + "ограничение снимается");
    }
}
