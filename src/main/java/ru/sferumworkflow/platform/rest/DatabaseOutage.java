package ru.sferumworkflow.platform.rest;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;

/**
 * The database cannot be reached (the server is down, the network between is cut, the pool has no working
 * connection): a request fails with 503 and a Russian message to try again shortly — not a 500 that says «error of
 * ours». Nothing was saved; the node recovers by itself when the database returns (the pool checks a connection
 * before handing it out: validate-on-match in configure-server.cli).
 */
public final class DatabaseOutage {

    static final String MESSAGE = "База данных сейчас недоступна, поэтому ничего не сохранено. Повторите через "
            + "минуту; если не пройдёт, сообщите системному администратору.";
    static final String RETRY_AFTER_SECONDS = "60";

    /**
     * What the engine's REST answer may say when it failed for want of a database (pool, driver, server) — only a
     * hint: the database itself is asked before the answer becomes a 503 (a mail server's «Connection refused» reads
     * the same).
     */
    private static final List<String> ENGINE_SIGNS = List.of("ProcessEnginePersistenceException", "IJ000453", "IJ031084",
            "Unable to get managed connection", "Connection refused", "This connection has been closed",
            "An I/O error occurred while sending to the backend", "terminating connection due to administrator command");

    private DatabaseOutage() {
    }

    /**
     * Whether the failure came from the connection to the database: SQLState class 08 (connection exception) or 57P
     * (the server shut down or crashed) somewhere in the chain — the driver's own exception, under the pool's.
     */
    public static boolean isCause(Throwable e) {
        return Causes.any(e, cause -> cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    public static boolean mayBeNamedIn(String engineAnswer) {
        return ENGINE_SIGNS.stream().anyMatch(engineAnswer::contains);
    }

    /** Whether the database answers now (a connection from the pool, checked within two seconds). */
    public static boolean isReachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static Response response() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonError.body("Service Unavailable", MESSAGE)).build();
    }

    public static void send(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        JsonError.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable", MESSAGE);
    }
}
