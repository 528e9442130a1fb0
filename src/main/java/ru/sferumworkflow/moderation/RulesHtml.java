package ru.sferumworkflow.moderation;

import static ru.sferumworkflow.platform.web.Html.escape;

import ru.sferumworkflow.chats.ChatRules;

/** The page of a letter about a chat's new rules; every value from the database is escaped. */
final class RulesHtml {

    static final String ACCEPTED = "Спасибо: вы приняли новые правила общения в чате.";

    private RulesHtml() {
    }

    static String page(RulesAcceptance.Page page, String nonce) {
        return switch (page.state()) {
            case OPEN -> {
                StringBuilder body = new StringBuilder("<p>Правила общения в чате «")
                        .append(escape(page.chatTitle())).append("» изменены — версия ").append(page.version()).append(":</p><ol>");
                page.rules().forEach(rule -> body.append("<li>").append(escape(rule)).append("</li>"));
                body.append("</ol>");
                ChatRules.CONSEQUENCES.forEach(line -> body.append("<p>").append(escape(line)).append("</p>"));
                body.append("<form id=\"link-form\" class=\"panel\" data-missing=\"Отметьте, что прочитали правила и ")
                        .append("будете их соблюдать.\" novalidate><p><label><input type=\"checkbox\" name=\"accepted\" ")
                        .append("required> Я прочитал(а) правила общения в чате и буду их соблюдать</label></p>")
                        .append("<p><button type=\"submit\">Принять правила</button></p></form>");
                yield LinkPageHtml.frame("Новые правила чата «" + page.chatTitle() + "»", body.toString(), nonce);
            }
            case ACCEPTED -> LinkPageHtml.frame("Правила приняты", "<p>" + ACCEPTED + "</p>", nonce);
            case OUTDATED -> LinkPageHtml.frame("Ссылка больше не действует", "<p>Правила чата с тех пор снова изменились "
                    + "или вы больше не в чате: ссылка на действующие правила приходит письмом.</p>", nonce);
            case UNKNOWN -> LinkPageHtml.unknown(nonce);
        };
    }
}
