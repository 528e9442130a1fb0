package ru.sferumworkflow.moderation;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Сообщить об ограничении»: one letter to the member and a minor's parents with the rule, what happened, the term
 * and a personal link to appeal; only the link's hash is kept.
 */
@Dependent
@Named("sendRestrictionNotice")
public class SendRestrictionNotice implements JavaDelegate {

    @Inject
    JpaBreaches breaches;

    @Inject
    JpaRoster roster;

    @Inject
    RestrictionAddressees addressees;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        Person member = roster.person(breach.collegeId(), breach.personId()).orElseThrow();
        String chatTitle = (String) execution.getVariable(BreachVariables.CHAT_TITLE);
        String token = InvitationTokens.newToken();
        List<Person> to = addressees.of(member);
        if (!to.isEmpty()) {
            mailer.send(RestrictionMail.notice(breach, to, member, chatTitle, token));
        }
        breach.appealLink(InvitationTokens.hash(token));
        audit.record(breach.collegeId(), null, "RESTRICTION_NOTICE_SENT", member.id(), "CHAT", breach.chatId(),
                to.isEmpty() ? "Письмо не отправлено: ни у участника, ни у его родителей нет e-mail — сообщите лично"
                        : "Письмо об ограничении со ссылкой для обжалования: адресатов — " + to.size());
    }
}
