package ru.sferumworkflow.invitation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.rest.JsonError;
import ru.sferumworkflow.platform.web.PageServlet;

/**
 * A public page opened by a personal link from a letter, /…/{token}, with no login: the token is the key. The page is
 * never cached, sends no referrer, an address that tries many unknown links is refused for a while, and a failure
 * never lets the container log the address with the token in it. GET shows the page; POST comes from its script as
 * JSON and is answered in JSON.
 */
public abstract class PersonalLinkServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PersonalLinkServlet.class.getName());
    private static final String TOO_MANY = "Слишком много попыток с неизвестными ссылками: попробуйте через 10 минут.";

    @Inject
    protected JoinAttempts attempts;

    /** The page shown when the server fails: nothing was saved, try again later. */
    protected abstract String failurePage(String nonce);

    /** The page shown to an address that tried too many unknown links. */
    protected abstract String blockedPage(String nonce);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            protect(response);
            if (attempts.isBlocked(request.getRemoteAddr())) {
                // Every refused attempt leaves a line with the address (never the link itself).
                LOG.warning("Personal link refused: too many unknown links from " + request.getRemoteAddr() + " ("
                        + getClass().getSimpleName() + ")");
                if ("GET".equals(request.getMethod())) {
                    page(response, 429, blockedPage(PageServlet.nonce(response)));
                } else {
                    JsonError.send(response, 429, "Too Many Requests", TOO_MANY);
                }
                return;
            }
            super.service(request, response);
        } catch (RuntimeException | ServletException e) {
            // The hash's start is enough to find the link; the token itself stays out of the log.
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " failed for link "
                    + InvitationTokens.hash(token(request)).substring(0, 12) + ": " + e.getClass().getName());
            if (!response.isCommitted()) {
                // Only the body is dropped: the security headers set before the servlet stay.
                response.resetBuffer();
                protect(response);
                page(response, 500, failurePage(PageServlet.nonce(response)));
            }
        }
    }

    /** A link that leads nowhere: it counts against the address. */
    protected void unknown(HttpServletRequest request) {
        attempts.unknown(request.getRemoteAddr());
        LOG.warning("Unknown personal link requested from " + request.getRemoteAddr() + " (" + getClass().getSimpleName()
                + ")");
    }

    /**
     * The POST body read as JSON and taken apart by {@code fields}; null when it is not such JSON — then the answer,
     * 400 with {@code whatToDo}, has been sent.
     */
    protected static <T> T readJson(HttpServletRequest request, HttpServletResponse response, int limit,
            Function<JsonObject, T> fields, String whatToDo) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(request.getInputStream().readNBytes(limit), StandardCharsets.UTF_8)))) {
            return fields.apply(reader.readObject());
        } catch (JsonException | ClassCastException e) {
            JsonError.send(response, 400, "Bad Request", whatToDo);
            return null;
        }
    }

    /** 200 with {"name": "value"}, such as the message the page shows. */
    protected static void json(HttpServletResponse response, String name, String value) throws IOException {
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder().add(name, value).build().toString());
    }

    protected static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    protected static void protect(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    protected static void page(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }
}
