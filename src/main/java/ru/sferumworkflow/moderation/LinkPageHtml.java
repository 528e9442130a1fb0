package ru.sferumworkflow.moderation;

import static ru.sferumworkflow.platform.web.Html.escape;

/** The frame of the pages a personal link opens here (an appeal, new chat rules): styles and the form's script. */
final class LinkPageHtml {

    private LinkPageHtml() {
    }

    static String frame(String title, String body, String nonce) {
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + escape(title) + " — Сферум</title><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"../assets/roster.css\">"
                + "<script nonce=\"" + escape(nonce) + "\" src=\"../assets/link-form.js\" defer></script></head>"
                + "<body><main id=\"main\"><h1>" + escape(title) + "</h1>" + body
                + "<div id=\"result\" role=\"status\" aria-live=\"polite\"></div></main></body></html>";
    }
}
