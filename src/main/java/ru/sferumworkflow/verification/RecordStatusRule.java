package ru.sferumworkflow.verification;

import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;

/** The end of the decision table's step: its outcome and reason are kept with the verification and in the audit. */
@Dependent
@Named("recordStatusRule")
public class RecordStatusRule implements ExecutionListener {

    @Inject
    JpaVerifications verifications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> rule = (Map<String, Object>) execution.getVariable(VerificationVariables.STATUS_RULE);
        String outcome = (String) rule.get("outcome");
        String reason = (String) rule.get("reason");
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        verification.ruled(outcome, reason, Clock.now());
        execution.setVariable(VerificationVariables.RULE_REASON, reason);
        String action = switch (outcome) {
            case StatusRule.CONFIRM -> "TEACHER_STATUS_AUTO_CONFIRMED";
            case StatusRule.REJECT -> "TEACHER_STATUS_REJECTED";
            default -> "TEACHER_STATUS_TO_REVIEW";
        };
        audit.record(verification.collegeId(), null, action, verification.personId(), "VERIFICATION",
                verification.id(), "Таблица решений «Статус «учитель»»: " + reason);
    }
}
