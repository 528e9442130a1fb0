package ru.sferumworkflow.verification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.invitation.JpaInvitations;
import ru.sferumworkflow.platform.web.Markdown;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * The start of «Подтвердить статус «учитель»»: the roster's record beside what the person gave, for the reviewer's
 * eyes only, and the form's own fields emptied, so that an escalated review starts clean.
 */
@Dependent
@Named("describeVerification")
public class DescribeVerification implements ExecutionListener {

    @Inject
    JpaVerifications verifications;

    @Inject
    JpaRoster roster;

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaChats chats;

    @Override
    public void notify(DelegateExecution execution) {
        TeacherVerification verification = verifications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        Person staff = verification.personId() == null ? null
                : roster.person(verification.collegeId(), verification.personId()).orElse(null);
        execution.setVariableLocal(VerificationVariables.ROSTER_RECORD, rosterRecord(staff));
        execution.setVariableLocal(VerificationVariables.GIVEN_RECORD, givenRecord(verification));
        execution.setVariableLocal(VerificationVariables.DECISION, null);
        execution.setVariableLocal(VerificationVariables.REASON, null);
    }

    /**
     * Markdown for the review form. Names, phones and addresses are checked formats; the position (from the staff
     * file) and the chat's title are typed freely, so they are escaped.
     */
    static String rosterRecord(Person staff) {
        if (staff == null) {
            return "Не найден среди сотрудников.";
        }
        return "ФИО: " + staff.fullName() + "\n\n"
                + "Должность: " + orDash(Markdown.text(staff.position())) + " ("
                + (Boolean.TRUE.equals(staff.pedagogical()) ? "педагогическая" : "не педагогическая") + ")\n\n"
                + "Состояние: " + (staff.isActive() ? "работает" : staff.status().title()) + "\n\n"
                + "Телефон: " + orDash(staff.phone()) + "\n\n"
                + "E-mail: " + orDash(staff.email());
    }

    private String givenRecord(TeacherVerification verification) {
        String source = verification.source() == VerificationSource.INVITATION
                ? "вступил(а) по личному приглашению" + invitations.find(verification.invitationId())
                        .flatMap(invitation -> chats.chat(verification.collegeId(), invitation.chatId()))
                        .map(chat -> " в «" + Markdown.text(chat.title()) + "»").orElse("")
                : "внесено администратором по профилю на платформе";
        return "ФИО: " + verification.givenName() + "\n\n"
                + "Телефон профиля: " + orDash(verification.givenPhone()) + "\n\n"
                + "E-mail: " + orDash(verification.givenEmail()) + "\n\n"
                + "Откуда: " + source;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
