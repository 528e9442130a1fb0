package ru.sferumworkflow.privacy;

import static ru.sferumworkflow.platform.web.Html.escape;

import ru.sferumworkflow.platform.web.Html;

/** The pages of consent withdrawal: asking for a personal link, and the link's page; every value is escaped. */
final class WithdrawalHtml {

    private static final String SCRIPT = "withdraw.js";

    private WithdrawalHtml() {
    }

    static String request(String nonce) {
        return Html.publicPage("Отзыв согласия на обработку персональных данных", "<p>Вы или ваш ребёнок давали "
                + "Техникуму согласие на обработку персональных данных для участия в чатах на платформе «Сферум». "
                + "Отозвать его можно в любой момент (ст. 9 Федерального закона «О персональных данных»): после отзыва "
                + "участие в чатах Техникума завершается, а данные уничтожаются не позднее чем через 30 дней со дня получения "
                + "отзыва.</p>"
                + "<p>Укажите адрес электронной почты, который вы сообщали Техникуму: на него придёт личная ссылка для "
                + "отзыва. Можно также подать заявление на бумаге администратору Сферума Техникума.</p>"
                + "<form id=\"ask\" class=\"panel\" novalidate><p><label for=\"email\">Электронная почта</label>"
                + "<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" maxlength=\"254\" required>"
                + "</p><p><button type=\"submit\">Получить ссылку</button></p></form>"
                + "<div id=\"result\" role=\"status\" aria-live=\"polite\"></div>", SCRIPT, nonce);
    }

    static String page(WithdrawalLinks.Page page, String nonce) {
        return switch (page.state()) {
            case OPEN -> open(page, nonce);
            case USED -> Html.publicPage("Ссылка уже использована", "<p>По этой ссылке согласие уже отозвано. "
                    + "Если нужно отозвать другое согласие, запросите новую ссылку.</p>", SCRIPT, nonce);
            case EXPIRED -> Html.publicPage("Ссылка больше не действует", "<p>Срок действия ссылки истёк. "
                    + "Запросите новую на странице отзыва согласия.</p>", SCRIPT, nonce);
            case UNKNOWN -> Html.publicPage("Такой ссылки нет", "<p>Проверьте, что ссылка скопирована из письма "
                    + "целиком, или запросите новую.</p>", SCRIPT, nonce);
        };
    }

    static String failure(String nonce) {
        return Html.publicPage("Не получилось", "<p>На сервере произошёл сбой, ничего не сохранено. Попробуйте ещё раз "
                + "через несколько минут или подайте заявление на бумаге администратору Сферума Техникума.</p>",
                SCRIPT, nonce);
    }

    static String blocked(String nonce) {
        return Html.publicPage("Слишком много попыток", "<p>С вашего адреса было много запросов. Попробуйте через "
                + "10 минут.</p>", SCRIPT, nonce);
    }

    private static String open(WithdrawalLinks.Page page, String nonce) {
        StringBuilder body = new StringBuilder("<p>").append(escape(page.fullName()))
                .append(", отметьте, чьё согласие на обработку персональных данных вы отзываете. Ссылка действует до ")
                .append(escape(page.validUntil())).append(".</p><form id=\"withdraw\" class=\"panel\" novalidate>")
                .append("<fieldset><legend>Согласия</legend>");
        for (WithdrawalLinks.Subject subject : page.subjects()) {
            body.append("<p><label><input type=\"checkbox\" name=\"subject\" value=\"").append(escape(subject.personId()))
                    .append("\"> ").append(subject.self() ? "Моё согласие" : "Согласие за ребёнка: "
                            + escape(subject.fullName())).append("</label></p><ul>");
            subject.purposes().forEach(purpose -> body.append("<li>").append(escape(purpose)).append("</li>"));
            body.append("</ul>");
        }
        body.append("</fieldset><p>После отзыва участие в чатах Техникума на платформе «Сферум» завершится: модераторы "
                        + "удалят из них вас (или ребёнка); персональные данные будут уничтожены не позднее чем через 30 "
                        + "дней. Отменить отзыв нельзя.</p>")
                .append("<p><label><input type=\"checkbox\" name=\"confirm\" required> Понимаю, отзываю согласие</label>"
                        + "</p><p><button type=\"submit\">Отозвать согласие</button></p></form>")
                .append("<div id=\"result\" role=\"status\" aria-live=\"polite\"></div>");
        return Html.publicPage("Отзыв согласия на обработку персональных данных", body.toString(), SCRIPT, nonce);
    }
}
