package ru.sferumworkflow.moderation;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.invitation.InvitationTokens;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.platform.web.PublicLinks;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/** «Отправить правила и ссылку для жалоб»: the new member's letter; only the link's hash is kept. */
@Dependent
@Named("sendWelcome")
public class SendWelcome implements JavaDelegate {

    @Inject
    JpaMemberLinks links;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    Mailer mailer;

    @Override
    public void execute(DelegateExecution execution) {
        MemberLink link = links.link(execution.getProcessBusinessKey()).orElseThrow();
        Membership membership = chats.membership(link.collegeId(), link.membershipId()).orElseThrow();
        if (link.sentAt() != null || !membership.isActive()) {
            return;
        }
        Person member = roster.person(link.collegeId(), membership.personId()).orElseThrow();
        Chat chat = chats.chat(link.collegeId(), membership.chatId()).orElseThrow();
        String token = InvitationTokens.newToken();
        StringBuilder text = new StringBuilder("Здравствуйте, ").append(member.fullName()).append("!\n\n")
                .append("Ваша заявка на вступление в «").append(chat.title())
                .append("» на платформе «Сферум» принята. Правила общения в чате:\n\n");
        List<String> rules = ruleBook.current(chat.id()).rules();
        for (int i = 0; i < rules.size(); i++) {
            text.append(i + 1).append(". ").append(rules.get(i)).append('\n');
        }
        text.append("\nЕсли участник чата нарушает эти правила, сообщите модератору по вашей личной ссылке — она "
                        + "действует, пока вы в чате:\n").append(PublicLinks.personal("sferum/complaint", token)).append('\n');
        mailer.send(new OutgoingMail(member.email(), "Вы в чате «" + chat.title() + "»: правила и связь с модератором",
                text.toString(), List.of(), OutgoingMail.messageId("welcome", link.id())));
        link.sent(InvitationTokens.hash(token), Clock.now());
    }

}
