package ru.sferumworkflow.platform.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;

import ru.sferumworkflow.platform.Settings;

/**
 * /camunda/metrics for Prometheus, behind a bearer token (SFERUM_METRICS_TOKEN): the figures name processes and
 * volumes, nothing personal, but they are still nobody else's business. Without the token set there is no endpoint;
 * requests are counted either way.
 */
@WebListener
public class MetricsEndpoint implements ServletContextListener {

    static final String PATH = "/metrics";

    @Inject
    ApplicationMetrics metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        // Before the filters of web.xml (isMatchAfter false), so that every request is counted.
        event.getServletContext().addFilter("sferum-request-counting", new RequestCounting(metrics))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        Optional<String> token = Settings.METRICS_TOKEN.value().filter(value -> !value.isBlank());
        if (token.isEmpty()) {
            return;
        }
        ServletRegistration.Dynamic servlet = event.getServletContext().addServlet("sferum-metrics",
                new Guarded(new PrometheusMetricsServlet(metrics.registry()), token.get()));
        servlet.addMapping(PATH);
    }

    /** The exporter's servlet, answering only to the right token. */
    static final class Guarded extends HttpServlet {

        private final PrometheusMetricsServlet exporter;
        private final byte[] expected;

        Guarded(PrometheusMetricsServlet exporter, String token) {
            this.exporter = exporter;
            this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            exporter.init(config);
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response)
                throws IOException, ServletException {
            String given = request.getHeader("Authorization");
            if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            exporter.service(request, response);
        }
    }
}
