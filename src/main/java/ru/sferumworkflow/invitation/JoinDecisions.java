package ru.sferumworkflow.invitation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The recipient a «Принять заявку на вступление» is about. When the task is created, the claim's variable (set by
 * the system on this claim's own scope) names it, and the recipient row keeps the task's execution; when the task
 * ends, the row is found by that execution — never by a variable, which a task form could overwrite.
 */
final class JoinDecisions {

    private JoinDecisions() {
    }

    static Recipient claimed(DelegateExecution execution, Invitation invitation, JpaInvitations invitations) {
        Object id = execution.getVariableLocal(InvitationVariables.RECIPIENT_ID);
        if (id == null) {
            id = execution.getVariable(InvitationVariables.RECIPIENT_ID);
        }
        Recipient recipient = invitations.recipient(id instanceof String text ? text : null)
                .filter(found -> found.invitationId().equals(invitation.id()))
                .orElseThrow(() -> new IllegalStateException("No claim of " + execution.getProcessInstanceId()));
        recipient.underReview(execution.getId());
        return recipient;
    }

    static Recipient underReview(DelegateExecution execution, Invitation invitation, JpaInvitations invitations) {
        return invitations.recipientUnderReview(execution.getId())
                .filter(found -> found.invitationId().equals(invitation.id()))
                .filter(found -> found.status() == RecipientStatus.CLAIMED)
                .orElseThrow(() -> new IllegalStateException("No claim under review in " + execution.getId()));
    }
}
