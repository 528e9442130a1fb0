package ru.sferumworkflow.invitation;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.context.Context;

import ru.sferumworkflow.audit.AuditLog;

/**
 * Kills the unused personal links of someone who left the college (or left the chat the link leads to): the link
 * stops working at once, and an invitation left with no usable link ends as its last claim would have ended it.
 */
@ApplicationScoped
public class LinkRevocation {

    @Inject
    JpaInvitations invitations;

    @Inject
    InvitationEnding ending;

    @Inject
    AuditLog audit;

    /** @return how many links died */
    public int revokeUnusedLinks(ProcessEngineServices engine, String personId, Predicate<String> ofChat, String reason,
            String by) {
        int revoked = 0;
        for (Recipient recipient : invitations.unusedLinksOf(personId)) {
            Invitation invitation = invitations.find(recipient.invitationId()).orElseThrow();
            if (!ofChat.test(invitation.chatId())) {
                continue;
            }
            invitations.lockForChange(invitation);
            recipient.die();
            revoked++;
            audit.record(invitation.collegeId(), by, "INVITATION_LINK_REVOKED", personId, "INVITATION", invitation.id(),
                    "Личная ссылка закрыта: " + reason);
            endWhenNoLinkIsLeft(engine, invitation, by);
        }
        return revoked;
    }

    private void endWhenNoLinkIsLeft(ProcessEngineServices engine, Invitation invitation, String by) {
        List<Recipient> recipients = invitations.recipients(invitation.id());
        if (recipients.stream().anyMatch(Recipient::isUnused)) {
            return;
        }
        boolean someoneClaimed = recipients.stream().anyMatch(recipient -> recipient.status() != RecipientStatus.DEAD);
        EndReason reason = someoneClaimed ? EndReason.ALL_CLAIMED : EndReason.REVOKED;
        if (ending.end(invitation, reason, by)) {
            // Moving the invitation on is the system's step, whoever caused it. While its last letters are still
            // being skipped nothing waits for the message yet: the expiry then ends the instance as it ends any.
            Context.getCommandContext().runWithoutAuthorization(() -> engine.getRuntimeService()
                    .createMessageCorrelation(someoneClaimed ? InvitationVariables.ALL_CLAIMED : InvitationVariables.REVOKED)
                    .processInstanceId(invitation.processInstanceId())
                    .correlateAllWithResult());
        }
    }
}
