package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;

/** Ends an invitation's personal links: the invitation stops, every unused link dies, and the trail says why. */
@ApplicationScoped
public class InvitationEnding {

    @Inject
    JpaInvitations invitations;

    @Inject
    AuditLog audit;

    /** False when the links had already died. */
    public boolean end(Invitation invitation, EndReason reason, String by) {
        invitations.lockForChange(invitation);
        if (!invitation.end(reason, by, Clock.now())) {
            return false;
        }
        int dead = 0;
        for (Recipient recipient : invitations.recipients(invitation.id())) {
            if (recipient.die()) {
                dead++;
            }
        }
        audit.record(invitation.collegeId(), by, "INVITATION_" + reason.name(), null, "INVITATION", invitation.id(),
                "Личные ссылки закрыты: " + reason.title() + "; неиспользованных ссылок: " + dead);
        return true;
    }
}
