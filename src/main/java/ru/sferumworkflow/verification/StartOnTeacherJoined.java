package ru.sferumworkflow.verification;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.invitation.InvitationVariables;
import ru.sferumworkflow.invitation.TeacherJoined;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;

/**
 * A teacher's join request was accepted: their status «учитель» is checked — once. A teacher whose status is already
 * verified, or being checked, is not checked again for every next chat they join.
 */
@ApplicationScoped
public class StartOnTeacherJoined {

    @Inject
    JpaVerifications verifications;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    AuditLog audit;

    void onJoin(@Observes TeacherJoined joined) {
        if (verifications.isVerified(joined.personId()) || verifications.isUnderWay(joined.personId())) {
            audit.record(joined.collegeId(), null, "TEACHER_STATUS_KNOWN", joined.personId(), "INVITATION",
                    joined.invitationId(), "Статус «учитель» уже подтверждён или проверяется: новая проверка не нужна");
            return;
        }
        SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                .createMessageCorrelation(InvitationVariables.TEACHER_JOINED)
                .setVariables(Map.of(VerificationVariables.PERSON_ID, joined.personId(),
                        CollegeTenantIdProvider.COLLEGE_VARIABLE, joined.collegeId(),
                        VerificationVariables.INVITATION_ID, joined.invitationId(),
                        VerificationVariables.RECIPIENT_ID, joined.recipientId()))
                .correlateStartMessage());
    }
}
