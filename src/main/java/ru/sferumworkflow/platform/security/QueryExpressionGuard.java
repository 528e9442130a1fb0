package ru.sferumworkflow.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

/**
 * Refuses every task or filter query that carries an expression ({@code ${…}} or {@code #{…}}).
 *
 * <p>Camunda 7.24 CE evaluates expressions placed inside {@code orQueries} of a task query although
 * ad-hoc expressions are switched off — code execution for any logged-in user. The engine's own check
 * cannot be fixed from outside, so the REST entry points refuse such queries before the engine sees them:
 * the query string, and every string of a JSON body after JSON unescaping (so {@code \u0024{} is caught).
 * The application's own filters keep their stored expressions; they are created at start-up, not here.
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
        if (isForm(request)) {
            if (request.getParameterMap().values().stream().flatMap(Arrays::stream).anyMatch(ExpressionText::contains)) {
                refuse(request, response, REFUSAL);
                return;
            }
            chain.doFilter(request, response);
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
            String decoded;
            try {
                decoded = URLDecoder.decode(part, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return true; // an undecodable parameter is refused rather than guessed at
            }
            if (ExpressionText.contains(decoded)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    /** Null when the body is empty or JSON without expressions; otherwise the reason to refuse it. */
    private static String jsonProblem(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.KEY_NAME)
                        && ExpressionText.contains(parser.getString())) {
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
