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
 * A chat member's complaint page, /sferum/complaint/{token}: no login, the link from the letter sent on joining is the
 * key. GET shows the chat's rules and a form; POST (from the page's script) files the complaint for the moderator.
 */
@WebServlet(urlPatterns = "/sferum/complaint/*")
public class ComplaintServlet extends PersonalLinkServlet {

    @Inject
    ComplaintService complaints;

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
        ComplaintService.Page page = complaints.visit(token(request));
        if (page.state() == ComplaintService.Page.State.UNKNOWN) {
            unknown(request);
        }
        page(response, switch (page.state()) {
            case OPEN -> 200;
            case CLOSED -> 410;
            case UNKNOWN -> 404;
        }, ComplaintHtml.page(page, PageServlet.nonce(response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ComplaintService.Complaint complaint = readJson(request, response, 16_384,
                body -> new ComplaintService.Complaint(body.getString("memberName", null),
                        body.getString("ruleNumber", null), body.getString("description", null),
                        body.getString("evidence", null)),
                "Отправьте жалобу со страницы по ссылке из письма.");
        if (complaint == null) {
            return;
        }
        String token = token(request);
        try {
            complaints.file(token, complaint);
            json(response, "message", ComplaintHtml.FILED);
        } catch (Refusal refusal) {
            ComplaintService.Page.State state = complaints.visit(token).state();
            if (state == ComplaintService.Page.State.UNKNOWN) {
                unknown(request);
            }
            JsonError.send(response, state == ComplaintService.Page.State.OPEN ? 400
                    : state == ComplaintService.Page.State.UNKNOWN ? 404 : 410, "Refused", refusal.getMessage());
        }
    }
}
