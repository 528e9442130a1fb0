package ru.sferumworkflow.platform.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An error the way Camunda's REST API writes one ({"type", "message"}), with the message in Russian — for our
 * REST API and for the guards that answer before Camunda's.
 */
public final class JsonError {

    private JsonError() {
    }

    public static String body(String type, String message) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("message", message)
                .build()
                .toString();
    }

    public static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(type, message));
    }
}
