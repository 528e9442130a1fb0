package ru.sferumworkflow.moderation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.invitation.JoinAttempts;
import ru.sferumworkflow.invitation.PersonalLinkServlet;
import ru.sferumworkflow.platform.rest.JsonError;
import ru.sferumworkflow.platform.web.PageServlet;
import ru.sferumworkflow.validation.Refusal;

/**
 * The page of a letter about a chat's new rules, /sferum/rules/{token}: no login. GET shows the rules; POST (from the
 * page's script) records that the member accepts them. Unknown links count against the address, as on the join page.
 */
@WebServlet(urlPatterns = "/sferum/rules/*")
public class RulesServlet extends PersonalLinkServlet {

    @Inject
    RulesAcceptance acceptance;

    @Inject
    JoinAttempts attempts;

    @Override
    protected String failurePage(String nonce) {
        return RulesHtml.failure(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String address = request.getRemoteAddr();
        if (attempts.isBlocked(address)) {
            page(response, 429, RulesHtml.blocked(PageServlet.nonce(response)));
            return;
        }
        RulesAcceptance.Page page = acceptance.visit(token(request));
        if (page.state() == RulesAcceptance.Page.State.UNKNOWN) {
            attempts.unknown(address);
        }
        page(response, switch (page.state()) {
            case OPEN, ACCEPTED -> 200;
            case OUTDATED -> 410;
            case UNKNOWN -> 404;
        }, RulesHtml.page(page, PageServlet.nonce(response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String address = request.getRemoteAddr();
        if (attempts.isBlocked(address)) {
            JsonError.send(response, 429, "Too Many Requests", "Слишком много попыток: попробуйте через 10 минут.");
            return;
        }
        boolean accepted;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(request.getInputStream().readNBytes(4096), StandardCharsets.UTF_8)))) {
            accepted = reader.readObject().getBoolean("accepted", false);
        } catch (JsonException | ClassCastException e) {
            JsonError.send(response, 400, "Bad Request", "Примите правила со страницы по ссылке из письма.");
            return;
        }
        String token = token(request);
        try {
            // A second press of the button, or a second tab: already accepted is what the member wanted.
            if (acceptance.visit(token).state() != RulesAcceptance.Page.State.ACCEPTED) {
                acceptance.accept(token, accepted);
            }
            response.setStatus(200);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder().add("message", RulesHtml.ACCEPTED).build().toString());
        } catch (Refusal refusal) {
            RulesAcceptance.Page.State state = acceptance.visit(token).state();
            if (state == RulesAcceptance.Page.State.UNKNOWN) {
                attempts.unknown(address);
            }
            JsonError.send(response, state == RulesAcceptance.Page.State.OPEN ? 400
                    : state == RulesAcceptance.Page.State.UNKNOWN ? 404 : 410, "Refused", refusal.getMessage());
        }
    }
}
