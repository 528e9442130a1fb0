package ru.sferumworkflow.privacy;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.invitation.PersonalLinkServlet;
import ru.sferumworkflow.platform.rest.JsonError;
import ru.sferumworkflow.platform.web.PageServlet;
import ru.sferumworkflow.validation.Refusal;

/**
 * The public pages of consent withdrawal, no login: /sferum/consent/withdraw asks for a personal link by e-mail (the
 * answer is the same whether the address is known or not), /sferum/consent/{token} is the link's page. Every request
 * for a link counts against the address like an unknown link does.
 */
@WebServlet(urlPatterns = "/sferum/consent/*")
public class ConsentWithdrawalServlet extends PersonalLinkServlet {

    static final String REQUEST_PATH = "withdraw";
    static final String ASKED = "Если этот адрес есть в списках Техникума и на этого человека оформлено согласие, на "
            + "него отправлена личная ссылка для отзыва. Проверьте почту (и папку «Спам») в ближайшие минуты.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    WithdrawalLinks links;

    @Override
    protected String failurePage(String nonce) {
        return WithdrawalHtml.failure(nonce);
    }

    @Override
    protected String blockedPage(String nonce) {
        return WithdrawalHtml.blocked(nonce);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        if (REQUEST_PATH.equals(token)) {
            page(response, 200, WithdrawalHtml.request(PageServlet.nonce(response)));
            return;
        }
        WithdrawalLinks.Page page = links.visit(token);
        if (page.state() == WithdrawalLinks.Page.State.UNKNOWN) {
            unknown(request);
        }
        int status = switch (page.state()) {
            case OPEN -> 200;
            case USED, EXPIRED -> 410;
            case UNKNOWN -> 404;
        };
        page(response, status, WithdrawalHtml.page(page, PageServlet.nonce(response)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        if (REQUEST_PATH.equals(token)) {
            String email = readJson(request, response, 1024, body -> body.getString("email", null),
                    "Отправьте адрес электронной почты с формы на странице.");
            if (email == null) {
                return;
            }
            // Counted like an unknown link: one address cannot ask for links without end.
            attempts.unknown(request.getRemoteAddr());
            try {
                links.request(email);
            } catch (Refusal refusal) {
                JsonError.send(response, 400, "Bad Request", refusal.getMessage());
                return;
            }
            json(response, "message", ASKED);
            return;
        }
        List<String> subjects = readJson(request, response, 8192, body -> body.get("subjects") == null ? List.<String>of()
                        : body.getJsonArray("subjects").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .collect(Collectors.toList()),
                "Отправьте форму со страницы отзыва согласия.");
        if (subjects == null) {
            return;
        }
        try {
            List<ConsentWithdrawals.Withdrawn> done = links.use(token, subjects);
            String destroyBy = done.stream().map(ConsentWithdrawals.Withdrawn::destroyBy).max(Comparable::compareTo)
                    .map(DAY::format).orElse("");
            json(response, "message", "Согласие отозвано. Модераторы удалят вас (или ребёнка) из чатов Техникума на "
                    + "платформе «Сферум», персональные данные будут уничтожены не позднее " + destroyBy + ".");
        } catch (Refusal refusal) {
            WithdrawalLinks.Page.State state = links.visit(token).state();
            if (state == WithdrawalLinks.Page.State.UNKNOWN) {
                unknown(request);
            }
            JsonError.send(response, state == WithdrawalLinks.Page.State.UNKNOWN ? 404
                    : state == WithdrawalLinks.Page.State.OPEN ? 400 : 410, "Refused", refusal.getMessage());
        }
    }
}
