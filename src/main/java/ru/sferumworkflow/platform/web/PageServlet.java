package ru.sferumworkflow.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The roster pages. Camunda's header filter sends a Content-Security-Policy with a fresh nonce and
 * 'strict-dynamic' on every response of the WAR, so a plain {@code <script src>} would be blocked: the pages are
 * templates under WEB-INF, and each request gets its template with that response's nonce written into the
 * {@code <script>} tags. Only the pages named here are served; any other path is a 404.
 */
@WebServlet(urlPatterns = "/sferum/roster/*")
public class PageServlet extends HttpServlet {

    static final String TEMPLATES = "/WEB-INF/pages/roster/";
    static final String PLACEHOLDER = "{{nonce}}";
    static final Set<String> PAGES = Set.of("index.html", "person.html", "import.html", "audit.html", "reports.html",
            "consents.html");

    /** The nonce as the filter writes it: 'nonce-' and URL-safe Base64. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9_+/=-]+)'");

    private Map<String, String> templates = Map.of();

    @Override
    public void init() throws ServletException {
        Map<String, String> loaded = new HashMap<>();
        for (String page : PAGES) {
            try (InputStream in = getServletContext().getResourceAsStream(TEMPLATES + page)) {
                if (in == null) {
                    throw new ServletException("The page template " + TEMPLATES + page + " is missing from the WAR.");
                }
                loaded.put(page, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ServletException("The page template " + TEMPLATES + page + " cannot be read.", e);
            }
        }
        templates = Map.copyOf(loaded);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            // Without the slash the pages' relative links to ../assets and ../api would miss.
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "/");
            return;
        }
        String page = path.equals("/") ? "index.html" : path.substring(1);
        String template = templates.get(page);
        if (template == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(template.replace(PLACEHOLDER, nonce(response)));
    }

    /**
     * The nonce of this very response, read from the header the filter has already set. The filter also leaves
     * it as a ServletContext attribute (org.camunda.bpm.csp.nonce), but that one attribute is shared by all
     * requests at once, so under load a page could get another response's nonce and have its scripts blocked.
     * Empty when the policy is switched off: then nothing checks the attribute.
     */
    public static String nonce(HttpServletResponse response) {
        String policy = response.getHeader("Content-Security-Policy");
        if (policy == null) {
            return "";
        }
        Matcher matcher = NONCE.matcher(policy);
        return matcher.find() ? matcher.group(1) : "";
    }
}
