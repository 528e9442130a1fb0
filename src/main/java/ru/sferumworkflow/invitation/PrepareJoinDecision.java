package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Принять заявку на вступление» is created: the task shows who used the link, in which role, where, and who gave
 * the consent — for the issuer to compare with who actually joined on the platform.
 */
@Dependent
@Named("prepareJoinDecision")
public class PrepareJoinDecision implements TaskListener {

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Override
    public void notify(DelegateTask task) {
        Invitation invitation = invitations.ofProcess(task.getProcessInstanceId()).orElseThrow();
        Recipient recipient = JoinDecisions.claimed(task.getExecution(), invitation, invitations);
        Person person = roster.person(invitation.collegeId(), recipient.personId()).orElseThrow();
        String consentBy = roster.consents(person.id()).stream()
                .filter(consent -> consent.id().equals(recipient.consentId()))
                .map(Consent::givenById).findFirst()
                .flatMap(id -> roster.person(invitation.collegeId(), id)).map(Person::fullName).orElse("—");
        task.setVariableLocal("claimantName", person.fullName());
        task.setVariableLocal("claimantRole", invitation.role().title());
        task.setVariableLocal("chatTitle", chats.chat(invitation.collegeId(), invitation.chatId()).orElseThrow().title());
        task.setVariableLocal("consentBy", consentBy);
    }
}
