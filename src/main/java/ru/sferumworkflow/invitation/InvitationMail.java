package ru.sferumworkflow.invitation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.platform.web.PublicLinks;
import ru.sferumworkflow.roster.Person;

/** The letters with a personal link: the invitation and the one reminder before it expires. */
final class InvitationMail {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private InvitationMail() {
    }

    static OutgoingMail invitation(Recipient recipient, Person person, Invitation invitation, String chatTitle,
            String issuerName, String token, String collegeName) {
        String text = "Здравствуйте, " + person.fullName() + "!\n\n"
                + issuerName + " приглашает вас в «" + chatTitle + "» на платформе «Сферум» ("
                + Settings.MESSENGER_NAME.get() + ") в роли «" + invitation.role().title() + "».\n\n"
                + "Ваша личная ссылка:\n" + PublicLinks.personal("sferum/join", token) + "\n\n"
                + "По ней вы прочитаете правила общения в чате, дадите согласие на обработку персональных данных"
                + " (за несовершеннолетнего — родитель) и получите ссылку для вступления на платформе.\n"
                + "Ссылка действует до " + until(invitation.validUntil()) + " и только для вас: не пересылайте её.\n\n"
                + "Если вы не ждали этого письма, просто не переходите по ссылке.\n\n"
                + collegeName + "\n";
        // A letter sent again after a failure carries a new link, so it gets its own Message-ID and is not dropped.
        return new OutgoingMail(person.email(), "Приглашение в «" + chatTitle + "» на платформе «Сферум»", text,
                List.of(), OutgoingMail.messageId("invitation",
                        recipient.id() + "." + InvitationTokens.hash(token).substring(0, 12)));
    }

    static OutgoingMail reminder(Recipient recipient, Person person, Invitation invitation, String chatTitle,
            String collegeName) {
        String text = "Здравствуйте, " + person.fullName() + "!\n\n"
                + "Напоминаем: вас пригласили в «" + chatTitle + "» на платформе «Сферум». Личная ссылка — в письме "
                + "«Приглашение в «" + chatTitle + "»»; она действует до " + until(invitation.validUntil()) + ".\n\n"
                + "После этого срока ссылка перестанет работать, и за новым приглашением придётся обращаться "
                + "к пригласившему.\n\n" + collegeName + "\n";
        return new OutgoingMail(person.email(), "Напоминание: приглашение в «" + chatTitle + "»", text, List.of(),
                OutgoingMail.messageId("reminder", recipient.id()));
    }

    private static String until(OffsetDateTime moment) {
        return DATE_TIME.format(moment.atZoneSameInstant(Clock.COLLEGE_ZONE));
    }
}
