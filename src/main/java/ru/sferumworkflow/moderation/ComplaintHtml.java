package ru.sferumworkflow.moderation;

import static ru.sferumworkflow.platform.web.Html.escape;

/** The complaint page of a chat member's personal link; every value from the database is escaped. */
final class ComplaintHtml {

    static final String FILED = "Жалоба отправлена модератору чата: он проверит переписку и решит, нарушены ли правила.";

    private ComplaintHtml() {
    }

    static String page(ComplaintService.Page page, String nonce) {
        return switch (page.state()) {
            case OPEN -> {
                StringBuilder body = new StringBuilder("<p>Пожаловаться модератору чата «").append(escape(page.chatTitle()))
                        .append("» можно только на нарушение правил общения (п. 21.4 Порядка). Правила чата (версия ")
                        .append(page.rulesVersion()).append("):</p><ol>");
                page.rules().forEach(rule -> body.append("<li>").append(escape(rule)).append("</li>"));
                body.append("</ol><form id=\"link-form\" class=\"panel\" data-missing=\"Заполните все поля: кто, какой ")
                        .append("пункт правил, что произошло и доказательство.\" novalidate>")
                        .append(field("memberName", "ФИО участника, который нарушил правила", "input"))
                        .append("<p><label for=\"ruleNumber\">Номер нарушенного пункта правил</label><input id=\"ruleNumber\" ")
                        .append("name=\"ruleNumber\" type=\"number\" min=\"1\" max=\"").append(page.rules().size())
                        .append("\" required></p>")
                        .append(field("description", "Что произошло", "textarea"))
                        .append(field("evidence", "Доказательство: цитата сообщения, дата и время", "textarea"))
                        .append("<p><button type=\"submit\">Отправить жалобу модератору</button></p></form>");
                yield LinkPageHtml.frame("Жалоба на нарушение правил чата", body.toString(), nonce);
            }
            case CLOSED -> LinkPageHtml.frame("Ссылка больше не действует", "<p>Вы больше не участник этого чата.</p>",
                    nonce);
            case UNKNOWN -> LinkPageHtml.unknown(nonce);
        };
    }

    private static String field(String name, String label, String tag) {
        String control = tag.equals("textarea")
                ? "<textarea id=\"" + name + "\" name=\"" + name + "\" rows=\"4\" maxlength=\"2000\" required></textarea>"
                : "<input id=\"" + name + "\" name=\"" + name + "\" maxlength=\"200\" required>";
        return "<p><label for=\"" + name + "\">" + label + "</label>" + control + "</p>";
    }
}
