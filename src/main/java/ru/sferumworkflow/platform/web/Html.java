package ru.sferumworkflow.platform.web;

/** Text placed into HTML, escaped so that names and titles can never become markup. */
public final class Html {

    private Html() {
    }

    /**
     * A public page opened from a letter (join page, consent withdrawal): phone-width, no referrer, the roster's
     * styles, and the page's script of /sferum/assets (after public.js, which they share) with this response's nonce.
     */
    public static String publicPage(String title, String body, String script, String nonce) {
        return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + escape(title) + " — Сферум</title><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"../assets/roster.css\">"
                + "<script nonce=\"" + escape(nonce) + "\" src=\"../assets/public.js\" defer></script>"
                + "<script nonce=\"" + escape(nonce) + "\" src=\"../assets/" + escape(script) + "\" defer></script>"
                + "</head><body><main id=\"main\"><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
