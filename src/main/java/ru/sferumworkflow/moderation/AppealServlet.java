package ru.sferumworkflow.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

import java.io.StringReader;

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
 * The public appeal page of a restriction, /sferum/appeal/{token}: no login, the personal link from the notice is
 * the key. GET shows the restriction and a form; POST (from the page's script) sends the appeal. An address that
 * tries many unknown links is refused for a while (the join page's counter).
 */
@WebServlet(urlPatterns = "/sferum/appeal/*")
public class AppealServlet extends PersonalLinkServlet {

    private static final Logger LOG = Logger.getLogger(AppealServlet.class.getName());

    @Inject
    AppealService appeals;

    @Inject
    JoinAttempts attempts;

    @Override
    protected String failurePage(String nonce) {
        return AppealHtml.failure(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String nonce = PageServlet.nonce(response);
        if (attempts.isBlocked(request.getRemoteAddr())) {
            page(response, 429, AppealHtml.blocked(nonce));
            return;
        }
        AppealPage page = appeals.visit(token(request));
        if (page.state() == AppealPage.State.UNKNOWN) {
            unknown(request);
        }
        page(response, switch (page.state()) {
            case OPEN, APPEALED, DECIDED -> 200;
            case CLOSED -> 410;
            case UNKNOWN -> 404;
        }, AppealHtml.page(page, nonce));
    }

    /** From the page's script: {"text": "…"}; answers {"message": "…"} or an error in Russian. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        if (attempts.isBlocked(request.getRemoteAddr())) {
            JsonError.send(response, 429, "Too Many Requests", "Слишком много попыток с неизвестными ссылками: "
                    + "попробуйте через 10 минут.");
            return;
        }
        String text;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(request.getInputStream().readNBytes(16_384), StandardCharsets.UTF_8)))) {
            text = reader.readObject().getString("text", "");
        } catch (JsonException | ClassCastException e) {
            JsonError.send(response, 400, "Bad Request", "Отправьте обжалование со страницы по ссылке из письма.");
            return;
        }
        String token = token(request);
        try {
            appeals.appeal(token, text);
            response.setStatus(200);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder().add("message", AppealHtml.APPEALED).build().toString());
        } catch (Refusal refusal) {
            AppealPage.State state = appeals.visit(token).state();
            if (state == AppealPage.State.UNKNOWN) {
                unknown(request);
            }
            JsonError.send(response, state == AppealPage.State.OPEN ? 400 : state == AppealPage.State.UNKNOWN ? 404 : 410,
                    "Refused", refusal.getMessage());
        }
    }

    private void unknown(HttpServletRequest request) {
        attempts.unknown(request.getRemoteAddr());
        LOG.warning("Unknown appeal link requested from " + request.getRemoteAddr());
    }
}
