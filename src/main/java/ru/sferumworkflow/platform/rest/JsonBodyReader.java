package ru.sferumworkflow.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the JSON bodies of our own request records with JSON-B, as the server would, but a body that is not JSON of
 * that shape is refused with a Russian 400 that says what to send — the server's own reader answers in English
 * before any exception mapper is asked.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // Only the application's own request types: the engine's and the platform's bodies are not ours to read.
        return type.getName().startsWith("ru.sferumworkflow.") && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        try {
            // An empty body stays «nothing sent», as with the server's reader: the endpoint says what it needs.
            PushbackInputStream body = new PushbackInputStream(entityStream);
            int first = body.read();
            if (first == -1) {
                return null;
            }
            body.unread(first);
            return JSONB.fromJson(body, genericType);
        } catch (JsonbException | JsonException | ClassCastException | IllegalArgumentException | IOException e) {
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(JsonError.body("Bad Request", UnexpectedErrorMapper.UNREADABLE)).build());
        }
    }
}
