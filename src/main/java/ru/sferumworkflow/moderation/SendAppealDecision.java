package ru.sferumworkflow.moderation;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Сообщить решение по обжалованию» (or that the term ended before a decision): to the same people who were told of
 * the restriction.
 */
@Dependent
@Named("sendAppealDecision")
public class SendAppealDecision implements JavaDelegate {

    @Inject
    JpaBreaches breaches;

    @Inject
    JpaRoster roster;

    @Inject
    RestrictionAddressees addressees;

    @Inject
    Mailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
        Breach breach = breaches.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        Person member = roster.person(breach.collegeId(), breach.personId()).orElseThrow();
        List<Person> to = addressees.of(member);
        String chatTitle = (String) execution.getVariable(BreachVariables.CHAT_TITLE);
        if (!to.isEmpty()) {
            mailer.send(RestrictionMail.decision(breach, to, member, chatTitle));
        }
    }
}
