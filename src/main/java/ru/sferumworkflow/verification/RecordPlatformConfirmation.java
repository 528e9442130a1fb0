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

/** The end of «Подтвердить статус в Сферуме»: the administrator says it is done on the platform. */
@Dependent
@Named("recordPlatformConfirmation")
public class RecordPlatformConfirmation implements ExecutionListener {

    @Inject
    JpaVerifications verifications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(VerificationVariables.CONFIRMED_ON_PLATFORM))) {
            throw FormErrors.refusal("Подтвердите статус «учитель» на платформе «Сферум» и отметьте, что это сделано.");
        }
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        verification.confirmedOnPlatform(by, Clock.now());
        audit.record(verification.collegeId(), by, "TEACHER_STATUS_ON_PLATFORM", verification.personId(), "VERIFICATION",
                verification.id(), "Статус «учитель» подтверждён на платформе «Сферум»");
    }
}
