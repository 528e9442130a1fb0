package ru.sferumworkflow.invitation;

import static ru.sferumworkflow.platform.web.Html.escape;

import ru.sferumworkflow.chats.ChatRules;
import ru.sferumworkflow.platform.web.Html;

/** The join page's HTML; every value from the database is escaped. Styles and script come from /sferum/assets. */
final class JoinHtml {

    private JoinHtml() {
    }

    static String page(JoinPage page, String nonce) {
        return switch (page.state()) {
            case OPEN -> open(page, nonce);
            case USED -> frame("Ссылка уже использована", "<p>По этой личной ссылке уже вступили. Повторно она не "
                    + "открывается. Если это были не вы, сообщите пригласившему (" + escape(page.issuerName())
                    + ") или администратору Сферума Техникума.</p>", nonce);
            case CLOSED -> frame("Ссылка больше не действует", "<p>Срок действия ссылки истёк или приглашение "
                    + "отозвано. За новым приглашением обратитесь к пригласившему (" + escape(page.issuerName())
                    + ") или к администратору Сферума Техникума.</p>", nonce);
            case UNKNOWN -> frame("Такой ссылки нет", "<p>Проверьте, что ссылка скопирована из письма целиком. "
                    + "Если не получается, обратитесь к тому, кто вас пригласил.</p>", nonce);
        };
    }

    static String failure(String nonce) {
        return frame("Не получилось", "<p>На сервере произошёл сбой, ничего не сохранено. Попробуйте открыть ссылку "
                + "ещё раз через несколько минут; если не поможет, обратитесь к пригласившему.</p>", nonce);
    }

    static String blocked(String nonce) {
        return frame("Слишком много попыток", "<p>С вашего адреса было много попыток открыть несуществующие "
                + "ссылки. Попробуйте через 10 минут.</p>", nonce);
    }

    private static String open(JoinPage page, String nonce) {
        StringBuilder body = new StringBuilder()
                .append("<p>").append(escape(page.issuerName())).append(" приглашает вас, <strong>")
                .append(escape(page.personName())).append("</strong>, в «").append(escape(page.chatTitle()))
                .append("» на платформе «Сферум» в роли «").append(escape(page.roleTitle())).append("». ")
                .append("Ссылка действует до ").append(escape(page.validUntil())).append(".</p>")
                .append("<h2>Правила общения в чате</h2>");
        ChatRules.ABOUT.forEach(line -> body.append("<p>").append(escape(line)).append("</p>"));
        body.append("<ol>");
        page.rules().rules().forEach(rule -> body.append("<li>").append(escape(rule)).append("</li>"));
        body.append("</ol>");
        ChatRules.CONSEQUENCES.forEach(line -> body.append("<p>").append(escape(line)).append("</p>"));
        body.append("<form id=\"join\" class=\"panel\" data-rules-version=\"").append(page.rules().version())
                .append("\" novalidate>")
                .append("<p><label><input type=\"checkbox\" name=\"rules\" required> Я прочитал(а) правила общения "
                        + "в чате и буду их соблюдать</label></p>");
        if (page.asksContacts()) {
            body.append("<p>Если ваш статус «учитель» в Техникуме ещё не подтверждён, после вступления его подтвердит "
                    + "администратор Сферума: номер телефона вашего профиля в Сферуме сверят с кадровым списком.</p>"
                    + "<p><label for=\"phone\">Номер телефона, с которым вы входите в Сферум</label>"
                    + "<input id=\"phone\" name=\"phone\" type=\"tel\" autocomplete=\"tel\" required "
                    + "maxlength=\"20\" placeholder=\"+7 912 345-67-89\"></p>"
                    + "<p><label for=\"email\">Электронная почта для ответа (если не та, на которую пришло "
                    + "приглашение)</label><input id=\"email\" name=\"email\" type=\"email\" "
                    + "autocomplete=\"email\" maxlength=\"254\"></p>");
        }
        if (page.parentConsents()) {
            body.append("<p>Обучающийся несовершеннолетний: согласие на обработку персональных данных даёт родитель "
                    + "(законный представитель).</p><p><label for=\"parent\">Кто из родителей даёт согласие</label>"
                    + "<select id=\"parent\" name=\"parentId\" required><option value=\"\">— выберите —</option>");
            page.parents().forEach(parent -> body.append("<option value=\"").append(escape(parent.id())).append("\">")
                    .append(escape(parent.fullName())).append("</option>"));
            body.append("</select></p><p><label><input type=\"checkbox\" name=\"consent\" required> Я, родитель "
                    + "(законный представитель), даю согласие: ");
        } else {
            body.append("<p><label><input type=\"checkbox\" name=\"consent\" required> Даю согласие: ");
        }
        body.append(escape(ChatRules.consentPurpose(page.chatTitle()))).append("</label></p>")
                .append("<p class=\"hint\">Согласие можно отозвать в любой момент — на странице "
                        + "<a href=\"../consent/withdraw\">«Отзыв согласия»</a> или заявлением администратору Сферума "
                        + "Техникума.</p>")
                .append("<p><button type=\"submit\">Вступить</button></p></form>")
                .append("<div id=\"result\" role=\"status\" aria-live=\"polite\"></div>");
        return frame("Приглашение в «" + page.chatTitle() + "»", body.toString(), nonce);
    }

    private static String frame(String title, String body, String nonce) {
        return Html.publicPage(title, body, "join.js", nonce);
    }
}
