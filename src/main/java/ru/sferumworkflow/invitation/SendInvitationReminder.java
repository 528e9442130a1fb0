package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.onboarding.OrderContext;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Напомнить о ссылке» two days before the end, one job per recipient (like the letters): a reminder to a recipient
 * who has not used the link. One refused reminder is retried alone; a recipient already reminded is skipped.
 */
@Dependent
@Named("sendInvitationReminder")
public class SendInvitationReminder implements JavaDelegate {

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    Mailer mailer;

    @Inject
    OrderContext context;

    @Inject
    SentLetters sentLetters;

    @Override
    public void execute(DelegateExecution execution) {
        JpaInvitations.Letter letter = invitations.letter(execution.getProcessInstanceId(),
                (Integer) execution.getVariable("loopCounter"));
        Invitation invitation = letter.invitation();
        Recipient recipient = letter.recipient();
        if (!invitation.isOpen(Clock.now()) || !recipient.awaitsClaim() || recipient.remindedAt() != null) {
            return;
        }
        Person person = roster.person(invitation.collegeId(), recipient.personId()).orElseThrow();
        String chatTitle = chats.chat(invitation.collegeId(), invitation.chatId()).orElseThrow().title();
        mailer.send(InvitationMail.reminder(recipient, person, invitation, chatTitle,
                context.collegeName(invitation.collegeId())));
        sentLetters.reminder(invitation, recipient.id(), person.id());
    }
}
