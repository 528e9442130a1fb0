package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;

/** The end of «Снять ограничение на платформе»: the term ended or the administration lifted it, and it is lifted. */
@Dependent
@Named("recordLift")
public class RecordLift implements ExecutionListener {

    @Inject
    JpaBreaches breaches;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(BreachVariables.LIFTED))) {
            throw FormErrors.refusal("Отметьте, что ограничение снято на платформе.");
        }
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        breach.lifted(by, Clock.now());
        audit.record(breach.collegeId(), by, "RESTRICTION_LIFTED", breach.personId(), "CHAT", breach.chatId(),
                Boolean.FALSE.equals(breach.appealUpheld()) ? "Ограничение снято по обжалованию"
                        : "Ограничение снято: срок закончился");
    }
}
