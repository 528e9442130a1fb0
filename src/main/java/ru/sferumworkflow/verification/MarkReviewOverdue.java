package ru.sferumworkflow.verification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;

/** The administrators' review ran past its two working days: the director decides, and the audit says so. */
@Dependent
@Named("markReviewOverdue")
public class MarkReviewOverdue implements ExecutionListener {

    @Inject
    JpaVerifications verifications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        audit.record(verification.collegeId(), null, "TEACHER_REVIEW_OVERDUE", verification.personId(), "VERIFICATION",
                verification.id(), "Администраторы не проверили статус «учитель» за 2 рабочих дня: решение — у директора");
    }
}
