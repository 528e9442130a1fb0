package ru.sferumworkflow.invitation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.rest.ConflictMapper;
import ru.sferumworkflow.platform.rest.JsonError;
import ru.sferumworkflow.platform.web.PageServlet;
import ru.sferumworkflow.validation.Refusal;

/**
 * The public join page of a personal link, /sferum/join/{token}: no login. GET shows the invitation, the rules and
 * the consent; POST (from the page's script) uses the link and answers with the platform's link. The page is never
 * cached, sends no referrer, and an address that tries many unknown tokens is refused for a while.
 */
@WebServlet(urlPatterns = "/sferum/join/*")
public class JoinServlet extends PersonalLinkServlet {

    private static final Logger LOG = Logger.getLogger(JoinServlet.class.getName());
    private static final int CLAIM_ATTEMPTS = 3;

    @Inject
    JoinService join;

    @Inject
    JoinAttempts attempts;

    @Override
    protected String failurePage(String nonce) {
        return JoinHtml.failure(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String address = request.getRemoteAddr();
        if (attempts.isBlocked(address)) {
            page(response, 429, JoinHtml.blocked(PageServlet.nonce(response)));
            return;
        }
        JoinPage page = join.visit(token(request));
        if (page.state() == JoinPage.State.UNKNOWN) {
            unknown(address);
        }
        int status = switch (page.state()) {
            case OPEN -> 200;
            case USED, CLOSED -> 410;
            case UNKNOWN -> 404;
        };
        page(response, status, JoinHtml.page(page, PageServlet.nonce(response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String address = request.getRemoteAddr();
        if (attempts.isBlocked(address)) {
            JsonError.send(response, 429, "Too Many Requests", "Слишком много попыток с неизвестными ссылками: "
                    + "попробуйте через 10 минут.");
            return;
        }
        boolean rules;
        boolean consent;
        Integer rulesVersion;
        String parentId;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(request.getInputStream().readNBytes(4096), StandardCharsets.UTF_8)))) {
            JsonObject body = reader.readObject();
            rules = body.getBoolean("rules", false);
            consent = body.getBoolean("consent", false);
            rulesVersion = body.containsKey("rulesVersion") && !body.isNull("rulesVersion") ? body.getInt("rulesVersion")
                    : null;
            parentId = body.getString("parentId", null);
        } catch (JsonException | ClassCastException e) {
            JsonError.send(response, 400, "Bad Request", "Отправьте форму со страницы приглашения.");
            return;
        }
        String token = token(request);
        for (int attempt = 1; ; attempt++) {
            try {
                String link = join.claim(token, rules, rulesVersion, consent, parentId);
                response.setStatus(200);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(Json.createObjectBuilder().add("platformLink", link).build().toString());
                return;
            } catch (Refusal refusal) {
                JoinPage.State state = join.visit(token).state();
                if (state == JoinPage.State.UNKNOWN) {
                    unknown(address);
                }
                int status = state == JoinPage.State.UNKNOWN ? 404 : state == JoinPage.State.OPEN ? 400 : 410;
                JsonError.send(response, status, "Refused", refusal.getMessage());
                return;
            } catch (RuntimeException e) {
                // Another change of the same invitation won (a revocation, another recipient's claim): try again,
                // and the next round sees the invitation as it now is.
                if (!ConflictMapper.isConflict(e) || attempt == CLAIM_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void unknown(String address) {
        attempts.unknown(address);
        LOG.warning("Unknown invitation link requested from " + address);
    }
}
