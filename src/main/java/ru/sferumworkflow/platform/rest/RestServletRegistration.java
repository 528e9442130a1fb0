package ru.sferumworkflow.platform.rest;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;

/**
 * Serves {@link RestApplication} at /sferum/api/*. The overlay's web.xml declares Camunda's REST
 * applications as RESTEasy servlets, and then WildFly does not pick up an {@code @ApplicationPath};
 * so ours is declared the same way, here, without copying Camunda's web.xml into the project.
 */
@WebListener
public class RestServletRegistration implements ServletContextListener {

    static final String PREFIX = "/sferum/api";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletRegistration.Dynamic api = event.getServletContext()
                .addServlet("Sferum Api", "org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher");
        api.setInitParameter("jakarta.ws.rs.Application", RestApplication.class.getName());
        api.setInitParameter("resteasy.servlet.mapping.prefix", PREFIX);
        api.addMapping(PREFIX + "/*");
        api.setLoadOnStartup(1);
    }
}
