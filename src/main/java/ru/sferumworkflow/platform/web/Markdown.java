package ru.sferumworkflow.platform.web;

/**
 * Text placed into a Markdown view of a Tasklist form (a list or a record the server builds), escaped so that what
 * a person typed — a position, a chat's title — is shown as typed: no markup, no link, no heading, on one line.
 * Forms show such typed values themselves in HTML views, where the form library escapes them.
 */
public final class Markdown {

    /** ASCII punctuation that Markdown or HTML could read as syntax; CommonMark lets a backslash escape each. */
    private static final String SYNTAX = "\\`*_{}[]()<>#+-.!|~&\"'=:";

    private Markdown() {
    }

    public static String text(String typed) {
        if (typed == null) {
            return "";
        }
        String oneLine = typed.replaceAll("\\s+", " ").trim();
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        for (char c : oneLine.toCharArray()) {
            if (SYNTAX.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
