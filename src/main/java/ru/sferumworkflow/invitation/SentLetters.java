package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;

/**
 * Records that a letter went out — in a transaction of its own, committed as soon as the mail server has taken the
 * letter. The job that sent it may still fail afterwards: letter jobs of one invitation finishing at the same moment
 * collide when the engine counts them (optimistic locking), and the engine then runs the job again. Recorded this
 * way, the repeat finds the recipient already written to and sends nothing; recorded in the job's own transaction,
 * the record was rolled back with it and the letter went out twice (ClusterIT: 70 of 300 recipients). The personal
 * link also works from the moment its letter is sent.
 */
@ApplicationScoped
public class SentLetters {

    @Inject
    JpaInvitations invitations;

    @Inject
    AuditLog audit;

    /**
     * Only a recipient still waiting for the letter is marked: one revoked or expired meanwhile stays dead (its link
     * must not come alive), and one a parallel run of the same job has marked keeps the link of that letter.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void personalLink(Invitation invitation, String recipientId, String personId, String tokenHash) {
        Recipient recipient = invitations.recipient(recipientId).orElseThrow();
        if (recipient.status() != RecipientStatus.PENDING) {
            return;
        }
        recipient.sent(tokenHash, Clock.now());
        audit.record(invitation.collegeId(), null, "INVITATION_SENT", personId, "INVITATION", invitation.id(),
                "Личная ссылка отправлена письмом");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reminder(Invitation invitation, String recipientId, String personId) {
        Recipient recipient = invitations.recipient(recipientId).orElseThrow();
        if (!recipient.awaitsClaim() || recipient.remindedAt() != null) {
            return;
        }
        recipient.reminded(Clock.now());
        audit.record(invitation.collegeId(), null, "INVITATION_REMINDED", personId, "INVITATION", invitation.id(),
                "Напоминание отправлено");
    }
}
