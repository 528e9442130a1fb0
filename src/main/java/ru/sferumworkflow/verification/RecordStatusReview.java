package ru.sferumworkflow.verification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;

/** The end of «Подтвердить статус «учитель»»: confirmed, or refused with a reason the person will read. */
@Dependent
@Named("recordStatusReview")
public class RecordStatusReview implements ExecutionListener {

    @Inject
    JpaVerifications verifications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean confirmed = FormDecision.choice(execution.getVariable(VerificationVariables.DECISION), "confirm",
                "refuse", "Выберите решение: подтвердить статус «учитель» или отказать.");
        String reason = FormDecision.note(execution.getVariable(VerificationVariables.REASON), !confirmed,
                "Напишите причину отказа: её получит человек в письме.");
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        verification.reviewed(confirmed, by, reason, Clock.now());
        execution.setVariable(VerificationVariables.CONFIRMED, confirmed);
        audit.record(verification.collegeId(), by, confirmed ? "TEACHER_STATUS_CONFIRMED" : "TEACHER_STATUS_REFUSED",
                verification.personId(), "VERIFICATION", verification.id(), confirmed
                        ? "Статус «учитель» подтверждён при проверке" + (reason == null ? "" : ": " + reason)
                        : "В статусе «учитель» отказано: " + reason);
    }
}
