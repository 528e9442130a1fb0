package ru.sferumworkflow.verification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.onboarding.OrderContext;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Сообщить результат»: to the e-mail the person gave, else — when they came by a personal invitation — to the
 * roster's address the invitation went to. A record found only by a matching name is never written to: it may be
 * someone else.
 */
@Dependent
@Named("sendVerificationOutcome")
public class SendVerificationOutcome implements JavaDelegate {

    @Inject
    JpaVerifications verifications;

    @Inject
    JpaRoster roster;

    @Inject
    OrderContext context;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String to = verification.givenEmail();
        if (to == null && verification.source() == VerificationSource.INVITATION) {
            to = roster.person(verification.collegeId(), verification.personId()).map(Person::email).orElse(null);
        }
        if (to == null) {
            audit.record(verification.collegeId(), null, "TEACHER_STATUS_NOT_SENT", verification.personId(),
                    "VERIFICATION", verification.id(), "Письмо с результатом не отправлено: e-mail неизвестен");
            return;
        }
        mailer.send(VerificationMail.outcome(verification, to, context.collegeName(verification.collegeId())));
        audit.record(verification.collegeId(), null, "TEACHER_STATUS_SENT", verification.personId(), "VERIFICATION",
                verification.id(), "Результат проверки статуса «учитель» отправлен по e-mail");
    }
}
