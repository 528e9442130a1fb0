package ru.sferumworkflow.moderation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.platform.web.PublicLinks;
import ru.sferumworkflow.roster.Person;

/**
 * The letters of a restriction: the notice with the appeal link, and what became of the appeal. Each is one letter to
 * the member and, for a minor, the parents together: it goes to all or, when the mail server refuses it, to none,
 * so that a retry never leaves anyone holding a link that no longer works.
 */
final class RestrictionMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private RestrictionMail() {
    }

    static OutgoingMail notice(Breach breach, List<Person> addressees, Person member, String chatTitle, String token) {
        String text = "Здравствуйте!\n\n"
                + "Участник чата «" + chatTitle + "» на платформе «Сферум»: " + member.fullName() + ".\n"
                + "Модератор ограничил доступ к этому чату до " + until(breach) + " за повторное нарушение правил "
                + "общения в чате, п. " + breach.ruleNumber() + ": «" + breach.ruleText() + "».\n\n"
                + "Что произошло: " + breach.description() + "\n\n"
                + "Ограничение снимется само, когда закончится срок. Если вы не согласны с ним, обжалуйте его в "
                + "администрации Техникума до окончания срока по ссылке:\n" + PublicLinks.personal("sferum/appeal", token) + "\n\n"
                + "Модератор не вправе ограничивать участников по причинам, не связанным с правилами общения "
                + "(п. 21.4 Порядка).\n";
        return new OutgoingMail(to(addressees), "Ограничен доступ к чату «" + chatTitle + "»", text, List.of(),
                OutgoingMail.messageId("restriction", breach.id()));
    }

    /** The administration's decision, or the term's end before one was made. */
    static OutgoingMail decision(Breach breach, List<Person> addressees, Person member, String chatTitle) {
        String outcome = breach.appealUpheld() == null
                ? "срок ограничения закончился раньше, чем администрация приняла решение: ограничение снимается, "
                        + "модератор снимет его на платформе."
                : breach.appealUpheld() ? "ограничение остаётся до " + until(breach) + "."
                        : "ограничение снимается, модератор снимет его на платформе.";
        String text = "Здравствуйте!\n\n"
                + "Обжалование ограничения доступа к чату «" + chatTitle + "» (участник: " + member.fullName() + "): "
                + outcome + (breach.appealNote() == null ? "" : "\n\nПояснение администрации: " + breach.appealNote())
                + "\n";
        return new OutgoingMail(to(addressees), "Решение по обжалованию: чат «" + chatTitle + "»", text, List.of(),
                OutgoingMail.messageId("appeal", breach.id()));
    }

    static String until(Breach breach) {
        return WHEN.format(breach.restrictedUntil().atZoneSameInstant(Clock.COLLEGE_ZONE));
    }

    private static String to(List<Person> addressees) {
        return addressees.stream().map(Person::email).distinct().collect(Collectors.joining(", "));
    }
}
