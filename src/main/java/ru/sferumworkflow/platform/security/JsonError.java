package ru.sferumworkflow.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/** Writes an error the way Camunda's REST API does ({"type", "message"}), with the message in Russian. */
final class JsonError {

    private JsonError() {
    }

    static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", type)
                .add("message", message)
                .build()
                .toString());
    }
}
