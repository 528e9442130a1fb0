package ru.sferumworkflow.moderation;

import static ru.sferumworkflow.platform.web.Html.escape;

/**
 * The pages a personal link opens here (an appeal, new chat rules, a complaint): their frame with styles and the
 * form's script, and the pages every one of them may have to show instead.
 */
final class LinkPageHtml {

    private LinkPageHtml() {
    }

    static String unknown(String nonce) {
        return frame("Такой ссылки нет", "<p>Проверьте, что ссылка скопирована из письма целиком.</p>", nonce);
    }

    static String failure(String nonce) {
        return frame("Не получилось", "<p>На сервере произошёл сбой, ничего не сохранено. Попробуйте ещё раз через "
                + "несколько минут; если не поможет, обратитесь в администрацию Техникума.</p>", nonce);
    }

    static String blocked(String nonce) {
        return frame("Слишком много попыток", "<p>С вашего адреса было много попыток открыть несуществующие "
                + "ссылки. Попробуйте через 10 минут.</p>", nonce);
    }

    static String frame(String title, String body, String nonce) {
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + escape(title) + " — Сферум</title><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"../assets/roster.css\">"
                + "<script nonce=\"" + escape(nonce) + "\" src=\"../assets/public.js\" defer></script>"
                + "<script nonce=\"" + escape(nonce) + "\" src=\"../assets/link-form.js\" defer></script></head>"
                + "<body><main id=\"main\"><h1>" + escape(title) + "</h1>" + body
                + "<div id=\"result\" role=\"status\" aria-live=\"polite\"></div></main></body></html>";
    }
}
