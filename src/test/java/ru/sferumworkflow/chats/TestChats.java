package ru.sferumworkflow.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;

import jakarta.json.Json;

import ru.sferumworkflow.platform.WebappClient;

/** Chats a test needs, made as an administrator makes them (REST /chats). */
public final class TestChats {

    private TestChats() {
    }

    /** A new chat of the group; its moderator may be null. Returns its id. */
    public static String create(WebappClient admin, String kind, String title, String groupId, String moderatorId) {
        var request = Json.createObjectBuilder().add("kind", kind).add("title", title).add("groupId", groupId);
        if (kind.equals("SUBJECT")) {
            request.add("subject", title);
        }
        if (moderatorId != null) {
            request.add("moderatorId", moderatorId);
        }
        HttpResponse<String> created = admin.post("sferum/api/chats", request.build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created).getString("id");
    }
}
