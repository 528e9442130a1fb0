package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * «Закрыть личные ссылки»: after the expiry, the last claim or a revocation. A revocation or the last claim has
 * already ended the invitation with its reason; reaching here with the invitation still open means it expired.
 */
@Dependent
@Named("closeInvitation")
public class CloseInvitation implements JavaDelegate {

    @Inject
    JpaInvitations invitations;

    @Inject
    InvitationEnding ending;

    @Override
    public void execute(DelegateExecution execution) {
        Invitation invitation = invitations.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        ending.end(invitation, EndReason.EXPIRED, null);
    }
}
