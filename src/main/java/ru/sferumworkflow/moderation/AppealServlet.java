package ru.sferumworkflow.moderation;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.invitation.PersonalLinkServlet;
import ru.sferumworkflow.platform.rest.JsonError;
import ru.sferumworkflow.platform.web.PageServlet;
import ru.sferumworkflow.validation.Refusal;

/**
 * The public appeal page of a restriction, /sferum/appeal/{token}: no login, the personal link from the notice is
 * the key. GET shows the restriction and a form; POST (from the page's script) sends the appeal.
 */
@WebServlet(urlPatterns = "/sferum/appeal/*")
public class AppealServlet extends PersonalLinkServlet {

    @Inject
    AppealService appeals;

    @Override
    protected String failurePage(String nonce) {
        return LinkPageHtml.failure(nonce);
    }

    @Override
    protected String blockedPage(String nonce) {
        return LinkPageHtml.blocked(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AppealPage page = appeals.visit(token(request));
        if (page.state() == AppealPage.State.UNKNOWN) {
            unknown(request);
        }
        page(response, switch (page.state()) {
            case OPEN, APPEALED, DECIDED -> 200;
            case CLOSED -> 410;
            case UNKNOWN -> 404;
        }, AppealHtml.page(page, PageServlet.nonce(response)));
    }

    /** From the page's script: {"text": "…"}; answers {"message": "…"} or an error in Russian. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String text = readJson(request, response, 16_384, body -> body.getString("text", ""),
                "Отправьте обжалование со страницы по ссылке из письма.");
        if (text == null) {
            return;
        }
        String token = token(request);
        try {
            appeals.appeal(token, text);
            json(response, "message", AppealHtml.APPEALED);
        } catch (Refusal refusal) {
            AppealPage.State state = appeals.visit(token).state();
            if (state == AppealPage.State.UNKNOWN) {
                unknown(request);
            }
            JsonError.send(response, state == AppealPage.State.OPEN ? 400 : state == AppealPage.State.UNKNOWN ? 404 : 410,
                    "Refused", refusal.getMessage());
        }
    }
}
