package ru.sferumworkflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * Hostile or broken bodies sent to our API: a 400 in Russian that says what to send, never a 500 with the server's
 * internals; an unknown address stays a 404.
 */
class ApiErrorsIT extends ServerTest {

    static final String API = "sferum/api/";

    @Test
    void aBodyThatIsNotTheJsonAskedForIsARussian400WithoutTheServersInternals() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        for (String body : List.of("{не JSON", "[1, 2, 3]", "{\"personId\": {\"$ne\": null}}", "\"' OR 1=1 --\"")) {
            HttpResponse<String> answered = admin.post(API + "roster/movements", body);
            assertThat(answered.statusCode()).as(body + " → " + answered.body()).isEqualTo(400);
            assertThat(answered.body()).as(body).doesNotContain("Exception", "at ru.", "org.", "SQL");
            assertThat(object(answered).getString("message")).as(body).contains("Тело запроса не разобрано");
        }
    }

    @Test
    void anUnknownAddressIsA404() {
        assertThat(WebappClient.loggedIn(base, "sferum-admin").get(API + "no-such-thing").statusCode()).isEqualTo(404);
    }
}
