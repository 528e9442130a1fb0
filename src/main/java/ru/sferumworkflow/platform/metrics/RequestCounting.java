package ru.sferumworkflow.platform.metrics;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts every request by the part of the application it is for and the class of its answer. Registered before the
 * web apps' own filters (see {@link MetricsEndpoint}): some of those answer without passing the request on.
 */
class RequestCounting extends HttpFilter {

    private final ApplicationMetrics metrics;

    RequestCounting(ApplicationMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            metrics.request(area(request.getRequestURI().substring(request.getContextPath().length())),
                    response.getStatus());
        }
    }

    /** A few fixed values, so that the number of series stays small whatever the paths. */
    static String area(String path) {
        if (path.startsWith("/api/engine")) {
            return "engine-rest";
        }
        if (path.startsWith("/sferum/api")) {
            return "sferum-rest";
        }
        if (path.startsWith("/sferum/")) {
            return "sferum-pages";
        }
        if (path.startsWith("/app/") || path.startsWith("/api/")) {
            return "webapps";
        }
        return "other";
    }
}
