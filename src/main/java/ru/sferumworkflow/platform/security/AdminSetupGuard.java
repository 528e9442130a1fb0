package ru.sferumworkflow.platform.security;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.rest.JsonError;

/**
 * Closes the Admin app's first-run setup. In Camunda 7.24 CE anyone, without logging in, may create an
 * administrator there while camunda-admin has no direct member. The operator account is created at
 * start-up instead (OperatorAccount), so this endpoint has no use here and answers 403 to everyone.
 */
@WebFilter(filterName = "AdminSetupGuard", urlPatterns = "/api/admin/setup/*")
public class AdminSetupGuard extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(AdminSetupGuard.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LOG.warning("Отклонён запрос к первоначальной настройке Admin: " + request.getMethod() + " "
                + request.getRequestURI() + " с адреса " + request.getRemoteAddr());
        JsonError.send(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "Первоначальная настройка через веб-интерфейс отключена. Пользователя с правами "
                        + "системного администратора создаёт само приложение при запуске (см. README).");
    }
}
