package ru.sferumworkflow.moderation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.roster.Person;

/** The letters of a restriction: the notice with the appeal link, and the administration's decision. */
final class RestrictionMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private RestrictionMail() {
    }

    /** The appeal page, always on the configured public address (SFERUM_PUBLIC_URL). */
    static String appealLink(String token) {
        String base = Settings.PUBLIC_URL.get();
        return (base.endsWith("/") ? base : base + "/") + "sferum/appeal/" + token;
    }

    /** To the member, or to a minor member's parent (then {@code member} is the child). */
    static OutgoingMail notice(Breach breach, Person addressee, Person member, String chatTitle, String token) {
        boolean parent = !addressee.id().equals(member.id());
        String text = "Здравствуйте, " + addressee.fullName() + "!\n\n"
                + "Модератор ограничил " + (parent ? "доступ вашего ребёнка, " + member.fullName() + "," : "ваш доступ")
                + " к чату «" + chatTitle + "» на платформе «Сферум» до " + until(breach) + " за повторное нарушение "
                + "правил общения в чате, п. " + breach.ruleNumber() + ": «" + breach.ruleText() + "».\n\n"
                + "Что произошло: " + breach.description() + "\n\n"
                + "Ограничение снимется само, когда закончится срок. Если вы не согласны с ним, обжалуйте его в "
                + "администрации Техникума до окончания срока по ссылке:\n" + appealLink(token) + "\n\n"
                + "Модератор не вправе ограничивать участников по причинам, не связанным с правилами общения "
                + "(п. 21.4 Порядка).\n";
        return new OutgoingMail(addressee.email(), "Ограничен доступ к чату «" + chatTitle + "»", text, List.of(),
                OutgoingMail.messageId("restriction", breach.id() + "." + addressee.id()));
    }

    static OutgoingMail decision(Breach breach, Person addressee, String chatTitle) {
        boolean lifted = !Boolean.TRUE.equals(breach.appealUpheld());
        String text = "Здравствуйте, " + addressee.fullName() + "!\n\n"
                + "Администрация Техникума рассмотрела обжалование ограничения доступа к чату «" + chatTitle + "»: "
                + (lifted ? "ограничение снимается, модератор снимет его на платформе."
                        : "ограничение остаётся до " + until(breach) + ".")
                + (breach.appealNote() == null ? "" : "\n\nПояснение: " + breach.appealNote()) + "\n";
        return new OutgoingMail(addressee.email(), "Решение по обжалованию: чат «" + chatTitle + "»", text, List.of(),
                OutgoingMail.messageId("appeal", breach.id() + "." + addressee.id()));
    }

    private static String until(Breach breach) {
        return WHEN.format(breach.restrictedUntil().atZoneSameInstant(ZoneId.of(Settings.TIME_ZONE.get())));
    }
}
