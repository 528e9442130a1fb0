package ru.sferumworkflow.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every refusal of our REST API as {"type", "message"} with the message in Russian. */
@Provider
public class ApiErrors implements ExceptionMapper<ApiErrors.ApiException> {

    /** A refusal with the HTTP status and the Russian text the caller sees. */
    public static class ApiException extends WebApplicationException {
        private final Response.Status status;

        public ApiException(Response.Status status, String message) {
            super(message, status);
            this.status = status;
        }
    }

    public static ApiException notLoggedIn() {
        return new ApiException(Response.Status.UNAUTHORIZED, "Войдите в Tasklist: без входа данные не выдаются.");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Response.Status.FORBIDDEN, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Response.Status.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, message);
    }

    @Override
    public Response toResponse(ApiException e) {
        return Response.status(e.status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonError.body(e.status.getReasonPhrase(), e.getMessage()))
                .build();
    }
}
