package ru.sferumworkflow.platform;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

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

    /**
     * A connection of the test's own to the server's database, with the server's settings (on H2 the file opened in
     * mixed mode, user and password «sa» as the server's default).
     */
    protected static Connection serverDatabase() throws SQLException {
        return DriverManager.getConnection(System.getenv("SFERUM_DB_URL"), databaseUser(), databasePassword());
    }

    static String databaseUser() {
        return System.getenv().getOrDefault("SFERUM_DB_USER", "sa");
    }

    static String databasePassword() {
        return System.getenv().getOrDefault("SFERUM_DB_PASSWORD", "sa");
    }

    /** The JVM of the server under test: the one whose command line names the tests' base folder. */
    protected static Optional<ProcessHandle> serverProcess() {
        String baseDir = System.getProperty("it.baseDir", "");
        return ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .map(line -> line.contains("jboss-modules") && line.contains(baseDir)).orElse(false)).findFirst();
    }

    @Deployment(testable = false)
    static WebArchive application() {
        return ApplicationArchive.asBuilt();
    }
}
