package ru.sferumworkflow.platform;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
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
        return DriverManager.getConnection(System.getenv("SFERUM_DB_URL"),
                System.getenv().getOrDefault("SFERUM_DB_USER", "sa"), System.getenv().getOrDefault("SFERUM_DB_PASSWORD", "sa"));
    }

    /**
     * A bare engine (the given beans as its steps, its job executor running) on an empty database of the same kind as
     * the server's: an H2 file with the server's settings under target/benchmark, or a database of its own on the
     * server's PostgreSQL — what a benchmark compares the application with.
     */
    protected static ProcessEngine bareDatabase(String name, Map<Object, Object> beans) throws SQLException, IOException {
        String user = System.getenv().getOrDefault("SFERUM_DB_USER", "sa");
        String password = System.getenv().getOrDefault("SFERUM_DB_PASSWORD", "sa");
        if (!onPostgresql()) {
            Path folder = Path.of("target", "benchmark", name).toAbsolutePath();
            try (Stream<Path> files = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            return TestProcessEngine.bare(name, beans, "jdbc:h2:file:" + folder.resolve("bare") + ";WRITE_DELAY=0", user,
                    password);
        }
        String database = name.replace('-', '_');
        try (Connection server = serverDatabase(); Statement ddl = server.createStatement()) {
            ddl.execute("drop database if exists " + database + " with (force)");
            ddl.execute("create database " + database + " encoding 'UTF8' template template0");
        }
        String url = System.getenv("SFERUM_DB_URL").replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]+", "$1" + database);
        return TestProcessEngine.bare(name, beans, url, user, password);
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
