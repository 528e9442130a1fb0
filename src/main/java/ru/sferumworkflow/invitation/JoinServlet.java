package ru.sferumworkflow.invitation;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.rest.ConflictMapper;
import ru.sferumworkflow.platform.rest.JsonError;
import ru.sferumworkflow.platform.web.PageServlet;
import ru.sferumworkflow.validation.Refusal;

/**
 * The public join page of a personal link, /sferum/join/{token}: no login. GET shows the invitation, the rules and
 * the consent; POST (from the page's script) uses the link and answers with the platform's link.
 */
@WebServlet(urlPatterns = "/sferum/join/*")
public class JoinServlet extends PersonalLinkServlet {

    private static final int CLAIM_ATTEMPTS = 3;

    @Inject
    JoinService join;

    @Override
    protected String failurePage(String nonce) {
        return JoinHtml.failure(nonce);
    }

    @Override
    protected String blockedPage(String nonce) {
        return JoinHtml.blocked(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JoinPage page = join.visit(token(request));
        if (page.state() == JoinPage.State.UNKNOWN) {
            unknown(request);
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
        JoinClaim claim = readJson(request, response, 4096, body -> new JoinClaim(body.getBoolean("rules", false),
                body.containsKey("rulesVersion") && !body.isNull("rulesVersion") ? body.getInt("rulesVersion") : null,
                body.getBoolean("consent", false), body.getString("parentId", null), body.getString("phone", null),
                body.getString("email", null)),
                "Отправьте форму со страницы приглашения.");
        if (claim == null) {
            return;
        }
        String token = token(request);
        for (int attempt = 1; ; attempt++) {
            try {
                json(response, "platformLink",
                        join.claim(token, claim));
                return;
            } catch (Refusal refusal) {
                JoinPage.State state = join.visit(token).state();
                if (state == JoinPage.State.UNKNOWN) {
                    unknown(request);
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
}
