package ru.sferumworkflow.moderation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
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
 * A chat member's complaint page, /sferum/complaint/{token}: no login, the link from the letter sent on joining is the
 * key. GET shows the chat's rules and a form; POST (from the page's script) files the complaint for the moderator.
 */
@WebServlet(urlPatterns = "/sferum/complaint/*")
public class ComplaintServlet extends PersonalLinkServlet {

    @Inject
    ComplaintService complaints;

    @Inject
    JoinAttempts attempts;

    @Override
    protected String failurePage(String nonce) {
        return ComplaintHtml.failure(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String address = request.getRemoteAddr();
        if (attempts.isBlocked(address)) {
            page(response, 429, ComplaintHtml.blocked(PageServlet.nonce(response)));
            return;
        }
        ComplaintService.Page page = complaints.visit(token(request));
        if (page.state() == ComplaintService.Page.State.UNKNOWN) {
            attempts.unknown(address);
        }
        page(response, switch (page.state()) {
            case OPEN -> 200;
            case CLOSED -> 410;
            case UNKNOWN -> 404;
        }, ComplaintHtml.page(page, PageServlet.nonce(response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        protect(response);
        String address = request.getRemoteAddr();
        if (attempts.isBlocked(address)) {
            JsonError.send(response, 429, "Too Many Requests", "Слишком много попыток: попробуйте через 10 минут.");
            return;
        }
        ComplaintService.Complaint complaint;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(request.getInputStream().readNBytes(16_384), StandardCharsets.UTF_8)))) {
            JsonObject body = reader.readObject();
            complaint = new ComplaintService.Complaint(body.getString("memberName", null),
                    body.getString("ruleNumber", null), body.getString("description", null),
                    body.getString("evidence", null));
        } catch (JsonException | ClassCastException e) {
            JsonError.send(response, 400, "Bad Request", "Отправьте жалобу со страницы по ссылке из письма.");
            return;
        }
        String token = token(request);
        try {
            complaints.file(token, complaint);
            response.setStatus(200);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder().add("message", ComplaintHtml.FILED).build().toString());
        } catch (Refusal refusal) {
            ComplaintService.Page.State state = complaints.visit(token).state();
            if (state == ComplaintService.Page.State.UNKNOWN) {
                attempts.unknown(address);
            }
            JsonError.send(response, state == ComplaintService.Page.State.OPEN ? 400
                    : state == ComplaintService.Page.State.UNKNOWN ? 404 : 410, "Refused", refusal.getMessage());
        }
    }
}
