package ru.sferumworkflow.invitation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ru.sferumworkflow.platform.Settings;

/**
 * Checks the platform's invitation link that an issuer pastes: an https link on one of the platform's domains
 * (SFERUM_PLATFORM_DOMAINS). A link to a service the regulation forbids (seed §8) is refused with the rule named.
 */
public final class PlatformLinks {

    /** The services of seed §8 by the domains their links use. */
    private static final Map<String, String> FORBIDDEN = Map.ofEntries(
            Map.entry("discord.com", "Discord"), Map.entry("discord.gg", "Discord"),
            Map.entry("discordapp.com", "Discord"),
            Map.entry("snapchat.com", "Snapchat"),
            Map.entry("skype.com", "Skype"), Map.entry("join.skype.com", "Skype"),
            Map.entry("teams.microsoft.com", "Microsoft Teams"), Map.entry("teams.live.com", "Microsoft Teams"),
            Map.entry("threema.ch", "Threema"), Map.entry("threema.id", "Threema"),
            Map.entry("viber.com", "Viber"), Map.entry("invite.viber.com", "Viber"),
            Map.entry("whatsapp.com", "WhatsApp"), Map.entry("wa.me", "WhatsApp"),
            Map.entry("wechat.com", "WeChat"), Map.entry("weixin.qq.com", "WeChat"),
            Map.entry("telegram.org", "Telegram"), Map.entry("telegram.me", "Telegram"), Map.entry("t.me", "Telegram"));

    private PlatformLinks() {
    }

    /** The link, trimmed; or the Russian reason it is refused. */
    public static String check(String link) throws InvalidLink {
        if (link == null || link.isBlank()) {
            throw new InvalidLink("Вставьте ссылку-приглашение, созданную на платформе «Сферум».");
        }
        String trimmed = link.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidLink("Ссылка записана неверно: скопируйте её из платформы целиком, начиная с https://.");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        Optional<String> forbidden = service(host);
        if (forbidden.isPresent()) {
            throw new InvalidLink("Ссылка ведёт в " + forbidden.get() + ": этот сервис входит в перечень запрещённых "
                    + "(п. 8 Порядка). Приглашайте только через платформу «Сферум».");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || trimmed.length() > 500) {
            throw new InvalidLink("Нужна ссылка https:// из платформы «Сферум», не длиннее 500 знаков.");
        }
        if (domains().stream().noneMatch(domain -> host.equals(domain) || host.endsWith("." + domain))) {
            throw new InvalidLink("Ссылка не на домене платформы (" + String.join(", ", domains())
                    + "): создайте ссылку-приглашение в самой платформе «Сферум» и вставьте её.");
        }
        return trimmed;
    }

    static List<String> domains() {
        return Arrays.stream(Settings.PLATFORM_DOMAINS.get().split(","))
                .map(domain -> domain.trim().toLowerCase(Locale.ROOT)).filter(domain -> !domain.isEmpty()).toList();
    }

    /** The forbidden service (seed §8) a link's host belongs to, if it does. */
    public static Optional<String> forbiddenService(String host) {
        return service(host.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> service(String host) {
        return FORBIDDEN.entrySet().stream()
                .filter(entry -> host.equals(entry.getKey()) || host.endsWith("." + entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** A refused link, with the reason in Russian. */
    public static class InvalidLink extends Exception {
        public InvalidLink(String message) {
            super(message);
        }
    }
}
