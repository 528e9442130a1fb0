package ru.sferumworkflow.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.sferumworkflow.validation.Refusal;

/** A domain refusal as a 400 with its Russian message, the same body as every other refusal of our API. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(JsonError.body("Bad Request", refusal.getMessage()))
                .build();
    }
}
