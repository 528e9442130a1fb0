package ru.sferumworkflow.platform.security;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers Camunda's own header filter leaves out, on every answer of the application. That filter already sends
 * the Content-Security-Policy (with {@code frame-ancestors 'none'}) and {@code X-Content-Type-Options: nosniff};
 * this one adds X-Frame-Options for browsers that do not read the policy, a referrer policy that keeps addresses
 * inside the site, and HSTS — only on a request that came over HTTPS: behind the proxy that is what the proxy says
 * ({@code X-Forwarded-Proto}, honoured when SFERUM_BEHIND_PROXY=true), so a plain-HTTP trial run never pins a
 * browser to HTTPS. A page may still set a stricter header of its own (the personal-link pages send no referrer).
 * It runs before every filter of the overlay's web.xml: Tasklist's pages are answered by one of those, which does not
 * pass the request on, so a filter after them would never see those answers.
 */
public class SecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    /** Registers the filter ahead of the filters web.xml declares (an annotated one would come after them). */
    @WebListener
    public static class Registration implements ServletContextListener {
        @Override
        public void contextInitialized(ServletContextEvent event) {
            FilterRegistration.Dynamic filter = event.getServletContext().addFilter("SecurityHeaders", SecurityHeaders.class);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        }
    }
}
