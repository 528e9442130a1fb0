package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;

/** The end of «Аннулировать ссылку-приглашение»: the administrator confirms the link is annulled in the platform. */
@Dependent
@Named("recordAnnulment")
public class RecordAnnulment implements ExecutionListener {

    @Inject
    JpaInvitations invitations;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(InvitationVariables.ANNULLED))) {
            throw FormErrors.refusal("Аннулируйте ссылку на платформе и отметьте это — или вернитесь к задаче позже.");
        }
        Invitation invitation = invitations.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        invitation.annulled(by, Clock.now());
        audit.record(invitation.collegeId(), by, "INVITATION_ANNULLED", null, "INVITATION", invitation.id(),
                "Ссылка-приглашение аннулирована на платформе");
    }
}
