package ru.sferumworkflow.platform.rest;

import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Any other failure of our API: 500 with a Russian message and a reference, never the exception's text — a database's
 * message names tables and, on PostgreSQL, the values of a violated key. The log gets the reference and the chain of
 * exception classes (with SQLState), not their messages, so no personal data reaches it either. A body that is not
 * the JSON an endpoint reads is a 400 in Russian; JAX-RS's other answers (404, 405, 415 …) keep their responses;
 * refusals and conflicts have mappers of their own.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            Response response = web.getResponse();
            // A 400 of our own reader carries its Russian text; JAX-RS's own 400 (a body it could not read, explained in
            // English if at all) gets one.
            return response.getStatus() == 400 && !response.hasEntity() ? unreadable() : response;
        }
        if (isUnreadableBody(e)) {
            return unreadable();
        }
        // Before the conflicts: a commit that failed for want of a database is a rollback too, but nobody else's doing.
        if (DatabaseOutage.isCause(e)) {
            LOG.warning("Запрос к API не выполнен: база данных недоступна (" + chain(e) + ")");
            return DatabaseOutage.response();
        }
        if (ConflictMapper.isConflict(e)) {
            return ConflictMapper.conflict();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.severe("Сбой запроса к API, код " + reference + ": " + chain(e));
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonError.body("Internal Server Error", message(reference))).build();
    }

    /** A body that is not JSON, or not JSON of the shape the endpoint reads. */
    static boolean isUnreadableBody(Throwable e) {
        return Causes.any(e, cause -> cause instanceof jakarta.json.bind.JsonbException
                || cause instanceof jakarta.json.JsonException || cause instanceof jakarta.ws.rs.ProcessingException);
    }

    static final String UNREADABLE = "Тело запроса не разобрано: пришлите JSON того вида, что описан в "
            + "/camunda/sferum/openapi.yaml для этого адреса (поля, их типы, кавычки и скобки).";

    private static Response unreadable() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonError.body("Bad Request", UNREADABLE)).build();
    }

    static String message(String reference) {
        return "Сбой сервера: ничего не сохранено. Повторите позже; если не поможет, сообщите системному "
                + "администратору код " + reference + ".";
    }

    /** «PersistenceException ← DatabaseException ← PSQLException (SQLState 23505)», at most eight deep. */
    static String chain(Throwable e) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable cause = e; cause != null && depth < 8; cause = cause.getCause(), depth++) {
            if (depth > 0) {
                chain.append(" ← ");
            }
            chain.append(cause.getClass().getName());
            if (cause instanceof SQLException sql) {
                chain.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] trace = cause.getStackTrace();
            if (depth == 0 && trace.length > 0) {
                chain.append(" at ").append(trace[0]);
            }
        }
        return chain.toString();
    }
}
