package ru.sferumworkflow.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.rest.JsonError;

/**
 * Refuses every task or filter query that carries an expression ({@code ${…}} or {@code #{…}}).
 *
 * <p>Camunda 7.24 CE evaluates expressions placed inside {@code orQueries} of a task query although
 * ad-hoc expressions are switched off — code execution for any logged-in user. The engine's own check
 * cannot be fixed from outside, so the REST entry points refuse such queries before the engine sees them:
 * the query string, and every key and string of the body. The body is read exactly as the REST layer will
 * read it: only JSON, only UTF-8 (a declared other charset is refused — it would decode differently), and
 * after JSON unescaping (so {@code \u0024{} is caught). Only the two harmless functions Tasklist's filter
 * dialog offers, {@code ${currentUser()}} and {@code ${currentUserGroups()}}, pass as whole values.
 */
@WebFilter(filterName = "QueryExpressionGuard", urlPatterns = "/api/engine/*")
public class QueryExpressionGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(QueryExpressionGuard.class.getName());

    /** Task queries ({@code /task}, {@code /task/count}, reports) and everything under {@code /filter}. */
    private static final Pattern GUARDED_PATH =
            Pattern.compile("^/api/engine/engine/[^/]+/(task(/count|/report(/.*)?)?|filter(/.*)?)$");

    private static final int MAX_BODY_BYTES = 1024 * 1024;

    static final String REFUSAL = "Запрос отклонён: выражения вида ${…} и #{…} в запросах задач и фильтров "
            + "запрещены. Уберите выражение из условий запроса или фильтра.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!GUARDED_PATH.matcher(normalisedPath(request)).matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (queryStringHasExpression(request.getQueryString())) {
            refuse(request, response, REFUSAL);
            return;
        }
        String charset = request.getCharacterEncoding();
        if (charset != null && !charset.trim().equalsIgnoreCase("UTF-8") && !charset.trim().equalsIgnoreCase("UTF8")) {
            refuse(request, response, "Запрос отклонён: тело запроса должно быть в кодировке UTF-8.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(request, response, "Запрос отклонён: тело запроса больше 1 МБ.");
            return;
        }
        String problem = jsonProblem(body);
        if (problem != null) {
            refuse(request, response, problem);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The path within the application as the REST layer will match it: decoded, without ;parameters. */
    static String normalisedPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean queryStringHasExpression(String queryString) {
        if (queryString == null) {
            return false;
        }
        for (String part : queryString.split("&")) {
            int equals = part.indexOf('=');
            String name;
            String value;
            try {
                // Split first, then decode, as the container does: an encoded «=» stays inside its half.
                name = URLDecoder.decode(equals < 0 ? part : part.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return true; // an undecodable parameter is refused rather than guessed at
            }
            if (ExpressionText.contains(name) || ExpressionText.isForbidden(value)) {
                return true;
            }
        }
        return false;
    }

    /** Null when the body is empty or JSON without expressions; otherwise the reason to refuse it. */
    private static String jsonProblem(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try (JsonParser parser = Json.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.KEY_NAME)
                        && ExpressionText.isForbidden(parser.getString())) {
                    return REFUSAL;
                }
            }
            return null;
        } catch (JsonException | IllegalStateException e) {
            return "Запрос отклонён: тело запроса не является корректным JSON.";
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        LOG.warning("Отклонён запрос с выражением: " + request.getMethod() + " " + request.getRequestURI()
                + " пользователь " + (request.getRemoteUser() == null ? "-" : request.getRemoteUser())
                + " адрес " + request.getRemoteAddr());
        JsonError.send(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", message);
    }
}
