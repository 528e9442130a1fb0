package ru.sferumworkflow.moderation;

import java.time.OffsetDateTime;
import java.util.Date;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The end of «Ограничить доступ к чату»: the moderator has restricted the member on the platform for a stated
 * number of days; the term's end is when the restriction lifts by itself.
 */
@Dependent
@Named("recordRestriction")
public class RecordRestriction implements ExecutionListener {

    @Inject
    JpaBreaches breaches;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        int days = days(execution.getVariable(BreachVariables.DAYS));
        if (!Boolean.TRUE.equals(execution.getVariable(BreachVariables.RESTRICTED))) {
            throw FormErrors.refusal("Отметьте, что доступ ограничен на платформе.");
        }
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        breaches.refuseOverRunningRestriction(breach);
        OffsetDateTime now = Clock.now();
        OffsetDateTime until = now.plusDays(days);
        breach.restricted(now, until);
        execution.setVariable(BreachVariables.RESTRICTED_UNTIL, Date.from(until.toInstant()));
        execution.setVariable(BreachVariables.RESTRICTED_UNTIL_TEXT, RestrictionMail.until(breach));
        audit.record(breach.collegeId(), CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                "MEMBER_RESTRICTED", breach.personId(), "CHAT", breach.chatId(),
                "Доступ к чату ограничен на " + days + " дн. за повторное нарушение п. " + breach.ruleNumber());
    }

    private static int days(Object value) {
        return FormValues.wholeNumber(value, 1, BreachVariables.MAX_DAYS).orElseThrow(() -> FormErrors.refusal(
                "Срок ограничения — целое число дней от 1 до " + BreachVariables.MAX_DAYS + "."));
    }
}
