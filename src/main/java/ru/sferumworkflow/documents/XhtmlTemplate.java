package ru.sferumworkflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XHTML page from the classpath with {@code {{name}}} places: each gets a value escaped as text,
 * or, for {@code {{{name}}}}, a piece of markup the caller built from escaped values.
 */
public final class XhtmlTemplate {

    private static final Pattern PLACE = Pattern.compile("\\{\\{(\\{)?([a-zA-Z]+)\\}?\\}\\}");

    private final String source;

    private XhtmlTemplate(String source) {
        this.source = source;
    }

    public static XhtmlTemplate load(String resource) {
        try (InputStream in = XhtmlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Нет шаблона " + resource);
            }
            return new XhtmlTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fill(Map<String, String> values) {
        Matcher place = PLACE.matcher(source);
        StringBuilder page = new StringBuilder();
        while (place.find()) {
            String name = place.group(2);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("Шаблону не дали значение " + name);
            }
            String value = values.get(name) == null ? "" : values.get(name);
            boolean markup = place.group(1) != null;
            place.appendReplacement(page, Matcher.quoteReplacement(markup ? value : escape(value)));
        }
        place.appendTail(page);
        return page.toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
