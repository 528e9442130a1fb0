package ru.sferumworkflow.invitation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.sferumworkflow.platform.web.PageServlet;

/**
 * A public page opened by a personal link from a letter, /…/{token}, with no login: the token is the key. The page is
 * never cached, sends no referrer, and a failure never lets the container log the address with the token in it.
 */
public abstract class PersonalLinkServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PersonalLinkServlet.class.getName());

    /** The page shown when the server fails: nothing was saved, try again later. */
    protected abstract String failurePage(String nonce);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            super.service(request, response);
        } catch (RuntimeException | ServletException e) {
            // The hash's start is enough to find the link; the token itself stays out of the log.
            LOG.log(Level.SEVERE, getClass().getSimpleName() + " failed for link "
                    + InvitationTokens.hash(token(request)).substring(0, 12) + ": " + e.getClass().getName());
            if (!response.isCommitted()) {
                response.reset();
                protect(response);
                page(response, 500, failurePage(PageServlet.nonce(response)));
            }
        }
    }

    protected static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "" : path.substring(1);
    }

    protected static void protect(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
    }

    protected static void page(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }
}
