package ru.sferumworkflow.verification;

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
        String decision = FormValues.textOrNull(execution.getVariable(VerificationVariables.DECISION));
        String reason = FormValues.textOrNull(execution.getVariable(VerificationVariables.REASON));
        if (!"confirm".equals(decision) && !"refuse".equals(decision)) {
            throw FormErrors.refusal("Выберите решение: подтвердить статус «учитель» или отказать.");
        }
        boolean confirmed = "confirm".equals(decision);
        if (!confirmed && reason == null) {
            throw FormErrors.refusal("Напишите причину отказа: её получит человек в письме.");
        }
        if (reason != null && reason.length() > 1000) {
            throw FormErrors.refusal("Причина длиннее 1000 знаков: сократите её.");
        }
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
