package ru.sferumworkflow.invitation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The recipient a «Принять заявку на вступление» is about: the claim's variable, checked against the invitation. */
final class JoinDecisions {

    private JoinDecisions() {
    }

    static Recipient recipient(DelegateExecution execution, Invitation invitation, JpaInvitations invitations) {
        Object id = execution.getVariable(InvitationVariables.RECIPIENT_ID);
        return invitations.recipient(id instanceof String text ? text : null)
                .filter(recipient -> recipient.invitationId().equals(invitation.id()))
                .orElseThrow(() -> new IllegalStateException("No claim of " + execution.getProcessInstanceId()));
    }
}
