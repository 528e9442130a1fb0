package ru.sferumworkflow.verification;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.invitation.JpaInvitations;
import ru.sferumworkflow.invitation.Recipient;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.EmailAddresses;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.PersonNames;
import ru.sferumworkflow.validation.PhoneNumbers;

/**
 * The start of «Подтверждение статуса «учитель»»: from an accepted join request (the invited person and the phone
 * they gave on the join page), or from an administrator's form with what the platform shows of someone who joined
 * otherwise — checked here, so that a wrong form starts nothing.
 */
@Dependent
@Named("openVerification")
public class OpenVerification implements ExecutionListener {

    @Inject
    JpaVerifications verifications;

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaRoster roster;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        String collegeId = execution.getTenantId();
        String recipientId = (String) execution.getVariable(VerificationVariables.RECIPIENT_ID);
        TeacherVerification verification = recipientId != null
                ? fromJoinRequest(execution, collegeId, recipientId)
                : fromForm(execution, collegeId);
        verifications.persist(verification);
        audit.record(collegeId, CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                "TEACHER_VERIFICATION_STARTED", verification.personId(), "VERIFICATION", verification.id(),
                verification.source() == VerificationSource.INVITATION
                        ? "Проверка статуса «учитель» после вступления по приглашению"
                        : "Проверка статуса «учитель» начата администратором");
    }

    private TeacherVerification fromJoinRequest(DelegateExecution execution, String collegeId, String recipientId) {
        Recipient recipient = invitations.recipient(recipientId).orElseThrow();
        Person person = roster.person(collegeId, recipient.personId()).orElseThrow();
        TeacherVerification verification = new TeacherVerification(collegeId, execution.getProcessInstanceId(),
                VerificationSource.INVITATION, person.fullName(), recipient.givenPhone(), recipient.givenEmail(), null,
                Clock.now());
        verification.fromInvitation(recipient.invitationId(), person.id());
        return verification;
    }

    private TeacherVerification fromForm(DelegateExecution execution, String collegeId) {
        List<String> problems = new ArrayList<>();
        String name = PersonNames.normalizeFullName(FormValues.text(execution.getVariable(VerificationVariables.GIVEN_NAME)))
                .orElse(null);
        if (name == null) {
            problems.add("ФИО: " + PersonNames.HINT + ".");
        }
        String writtenPhone = FormValues.textOrNull(execution.getVariable(VerificationVariables.GIVEN_PHONE));
        String phone = writtenPhone == null ? null : PhoneNumbers.normalizeMobile(writtenPhone).orElse(null);
        if (writtenPhone != null && phone == null) {
            problems.add("Телефон: " + PhoneNumbers.HINT + ".");
        }
        String writtenEmail = FormValues.textOrNull(execution.getVariable(VerificationVariables.GIVEN_EMAIL));
        String email = writtenEmail == null ? null : EmailAddresses.normalize(writtenEmail).orElse(null);
        if (writtenEmail != null && email == null) {
            problems.add("E-mail: нужен " + EmailAddresses.HINT + ".");
        }
        if (writtenPhone == null && writtenEmail == null) {
            problems.add("Укажите телефон или e-mail из профиля этого человека в Сферуме: по ним его сверяют с "
                    + "кадровым списком.");
        }
        if (!problems.isEmpty()) {
            throw FormErrors.refusal(problems);
        }
        return new TeacherVerification(collegeId, execution.getProcessInstanceId(), VerificationSource.ADMINISTRATOR,
                name, phone, email, CurrentUser.id(execution.getProcessEngineServices()).orElse(null), Clock.now());
    }
}
