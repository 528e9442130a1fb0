package ru.sferumworkflow.moderation;

import static ru.sferumworkflow.platform.web.Html.escape;

/** The appeal page's HTML; every value from the database is escaped. Styles and script come from /sferum/assets. */
final class AppealHtml {

    static final String APPEALED = "Обжалование подано: администрация Техникума рассмотрит его и ответит письмом.";

    private AppealHtml() {
    }

    static String page(AppealPage page, String nonce) {
        return switch (page.state()) {
            case OPEN -> frame("Обжалование ограничения в «" + page.chatTitle() + "»", "<p>Участник: <strong>"
                    + escape(page.personName()) + "</strong>. Доступ к чату «" + escape(page.chatTitle())
                    + "» ограничен до " + escape(page.until()) + " за повторное нарушение правил общения, "
                    + escape(page.rule()) + ".</p>"
                    + "<p>Что произошло: " + escape(page.description()) + "</p>"
                    + "<form id=\"link-form\" class=\"panel\" data-missing=\"Напишите, почему вы не согласны с "
                    + "ограничением.\" novalidate><p><label for=\"text\">Почему вы не согласны"
                    + "</label><textarea id=\"text\" name=\"text\" rows=\"6\" maxlength=\"2000\" required></textarea></p>"
                    + "<p><button type=\"submit\">Отправить в администрацию Техникума</button></p></form>", nonce);
            case APPEALED -> frame("Обжалование подано", "<p>" + APPEALED + "</p>", nonce);
            case DECIDED -> frame("Обжалование рассмотрено", Boolean.TRUE.equals(page.upheld())
                    ? "<p>Администрация Техникума оставила ограничение: оно действует до " + escape(page.until())
                            + ". Пояснение пришло письмом.</p>"
                    : "<p>Администрация Техникума сняла ограничение: модератор снимет его на платформе.</p>", nonce);
            case CLOSED -> frame("Ограничение уже не действует", "<p>Срок ограничения закончился или оно снято.</p>",
                    nonce);
            case UNKNOWN -> LinkPageHtml.unknown(nonce);
        };
    }

    private static String frame(String title, String body, String nonce) {
        return LinkPageHtml.frame(title, body, nonce);
    }
}
