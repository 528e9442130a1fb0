package ru.sferumworkflow.platform.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import ru.sferumworkflow.platform.Scratch;

/**
 * The environment of the nodes these tests start: the variables of docs/operations.md, nothing else — a database of
 * their own (never the one of Arquillian's server), the tests' mail server, demo users, and a job lock of 20 seconds
 * instead of 300 so that a dead node's jobs are taken over within the test.
 */
final class NodeSettings {

    static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/";
    /** The options docs/operations.md gives a PostgreSQL address (each query planned with its values). */
    static final String ADDRESS_OPTIONS = "?prepareThreshold=0";
    static final String JOB_LOCK_SECONDS = "20";

    private NodeSettings() {
    }

    /** A node on a fresh PostgreSQL database of that name (dropped and created again). */
    static Map<String, String> onPostgresql(String database, int smtpPort) {
        try (Connection server = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "postgres")) {
            Scratch.freshPostgresqlDatabase(server, database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL на 127.0.0.1:5432 недоступен", e);
        }
        Map<String, String> settings = common(smtpPort);
        settings.put("SFERUM_DB_DRIVER", "postgresql");
        settings.put("SFERUM_DB_URL", POSTGRESQL + database + ADDRESS_OPTIONS);
        settings.put("SFERUM_DB_USER", "postgres");
        settings.put("SFERUM_DB_PASSWORD", "postgres");
        return settings;
    }

    /**
     * A node on the embedded default exactly as shipped: no database variables at all, so the server's own H2 file
     * (in the node's data folder, with the URL of configure-server.cli). A null value removes a variable the tests'
     * own environment has.
     */
    static Map<String, String> onEmbeddedDefault(int smtpPort) {
        Map<String, String> settings = common(smtpPort);
        for (String variable : new String[] {"SFERUM_DB_DRIVER", "SFERUM_DB_URL", "SFERUM_DB_USER", "SFERUM_DB_PASSWORD"}) {
            settings.put(variable, null);
        }
        return settings;
    }

    static Connection connect(Map<String, String> settings) throws SQLException {
        return DriverManager.getConnection(settings.get("SFERUM_DB_URL"), settings.get("SFERUM_DB_USER"),
                settings.get("SFERUM_DB_PASSWORD"));
    }

    private static Map<String, String> common(int smtpPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("SFERUM_SMTP_HOST", "127.0.0.1");
        settings.put("SFERUM_SMTP_PORT", String.valueOf(smtpPort));
        settings.put("SFERUM_MAIL_FROM", "sferum-workflow@college.test");
        settings.put("SFERUM_PUBLIC_URL", "https://sferum.college.test/camunda");
        settings.put("SFERUM_MAIL_RETRY_CYCLE", "R3/PT5S");
        settings.put("SFERUM_DEMO_DATA", "true");
        settings.put("SFERUM_JOB_LOCK_SECONDS", JOB_LOCK_SECONDS);
        settings.put("SFERUM_BEHIND_PROXY", "false");
        // No reply mailbox: the tests' environment names one for Arquillian's server.
        settings.put("SFERUM_IMAP_HOST", "");
        return settings;
    }
}
