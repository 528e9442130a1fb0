package ru.sferumworkflow.moderation;

import java.util.List;

import ru.sferumworkflow.chats.ChatRulesVersion;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.platform.web.PublicLinks;
import ru.sferumworkflow.roster.Person;

/** The letter about a chat's new rules, with the personal link to read and accept them. */
final class RulesMail {

    private RulesMail() {
    }

    static OutgoingMail of(RulesNotice notice, Person member, String chatTitle, ChatRulesVersion rules, String token) {
        StringBuilder text = new StringBuilder("Здравствуйте, ").append(member.fullName()).append("!\n\n")
                .append("Правила общения в чате «").append(chatTitle)
                .append("» на платформе «Сферум» изменены — версия ").append(rules.version()).append(":\n\n");
        List<String> list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            text.append(i + 1).append(". ").append(list.get(i)).append('\n');
        }
        if (rules.note() != null) {
            text.append("\nЧто изменилось: ").append(rules.note()).append('\n');
        }
        text.append("\nПрочитайте их и подтвердите, что принимаете, по личной ссылке:\n").append(PublicLinks.personal("sferum/rules", token))
                .append("\n\nНапомнить правила и ограничить доступ к чату модератор может только за нарушение правил "
                        + "общения (п. 21.4 Порядка).\n");
        return new OutgoingMail(member.email(), "Новые правила общения в чате «" + chatTitle + "»", text.toString(),
                List.of(), OutgoingMail.messageId("rules", notice.id()));
    }
}
