package ru.sferumworkflow.platform;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test against the provisioned WildFly: Arquillian deploys the WAR the build produced, exactly as it
 * ships, and the test talks to it over HTTP at {@link #base} like any client.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerTest {

    @ArquillianResource
    protected URL base;

    /**
     * Whether the server under test runs on PostgreSQL: the H2 tests give the server an H2 address too (to open its
     * file in mixed mode), so the address's kind is what tells them apart.
     */
    protected static boolean onPostgresql() {
        return String.valueOf(System.getenv("SFERUM_DB_URL")).startsWith("jdbc:postgresql:");
    }

    @Deployment(testable = false)
    static WebArchive application() {
        return ApplicationArchive.asBuilt();
    }
}
