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

/** The end of «Напомнить правила в чате»: the moderator has reminded the rules in the chat (seed §21.4). */
@Dependent
@Named("recordReminder")
public class RecordReminder implements ExecutionListener {

    @Inject
    JpaBreaches breaches;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(BreachVariables.REMINDED))) {
            throw FormErrors.refusal("Отметьте, что напомнили правила общения в чате.");
        }
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        breach.reminded(Clock.now());
        audit.record(breach.collegeId(), CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                "RULES_REMINDED", breach.personId(), "CHAT", breach.chatId(),
                "Напомнены правила общения (п. " + breach.ruleNumber() + ")");
    }
}
