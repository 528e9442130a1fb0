package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.onboarding.OrderContext;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.UserNames;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Отправить личную ссылку» (one per recipient, asynchronous, retried): a fresh token, its hash stored, the
 * token itself only in the letter. A letter the mail server refuses stores nothing, and the retry makes a new
 * token. A recipient already sent to, or whose invitation has ended, gets nothing: the letter is recorded as sent
 * at once, in a transaction of its own ({@link SentLetters}), so a repeat of the job never sends it again.
 */
@Dependent
@Named("sendInvitationMail")
public class SendInvitationMail implements JavaDelegate {

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
        if (recipient.status() != RecipientStatus.PENDING || !invitation.isOpen(Clock.now())) {
            return;
        }
        Person person = roster.person(invitation.collegeId(), recipient.personId()).orElseThrow();
        Chat chat = chats.chat(invitation.collegeId(), invitation.chatId()).orElseThrow();
        String token = InvitationTokens.newToken();
        mailer.send(InvitationMail.invitation(recipient, person, invitation, chat.title(),
                UserNames.fullName(execution.getProcessEngineServices(), invitation.issuedBy()), token,
                context.collegeName(invitation.collegeId())));
        sentLetters.personalLink(invitation, recipient.id(), person.id(), InvitationTokens.hash(token));
    }
}
