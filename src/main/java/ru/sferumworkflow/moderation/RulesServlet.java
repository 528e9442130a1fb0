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
 * The page of a letter about a chat's new rules, /sferum/rules/{token}: no login. GET shows the rules; POST (from the
 * page's script) records that the member accepts them.
 */
@WebServlet(urlPatterns = "/sferum/rules/*")
public class RulesServlet extends PersonalLinkServlet {

    @Inject
    RulesAcceptance acceptance;

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
        RulesAcceptance.Page page = acceptance.visit(token(request));
        if (page.state() == RulesAcceptance.Page.State.UNKNOWN) {
            unknown(request);
        }
        page(response, switch (page.state()) {
            case OPEN, ACCEPTED -> 200;
            case OUTDATED -> 410;
            case UNKNOWN -> 404;
        }, RulesHtml.page(page, PageServlet.nonce(response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Boolean accepted = readJson(request, response, 4096, body -> body.getBoolean("accepted", false),
                "Примите правила со страницы по ссылке из письма.");
        if (accepted == null) {
            return;
        }
        String token = token(request);
        try {
            // A second press of the button, or a second tab: already accepted is what the member wanted.
            if (acceptance.visit(token).state() != RulesAcceptance.Page.State.ACCEPTED) {
                acceptance.accept(token, accepted);
            }
            json(response, "message", RulesHtml.ACCEPTED);
        } catch (Refusal refusal) {
            RulesAcceptance.Page.State state = acceptance.visit(token).state();
            if (state == RulesAcceptance.Page.State.UNKNOWN) {
                unknown(request);
            }
            JsonError.send(response, state == RulesAcceptance.Page.State.OPEN ? 400
                    : state == RulesAcceptance.Page.State.UNKNOWN ? 404 : 410, "Refused", refusal.getMessage());
        }
    }
}
