package ru.sferumworkflow.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.JsonObject;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.WebappClient;

/** A roster file uploaded over REST as the import page does, and the import's final report. */
public final class RosterUploads {

    private RosterUploads() {
    }

    /** Uploads the file (accepted with 202) and waits until its import has finished; the report, whatever its outcome. */
    public static JsonObject upload(WebappClient client, String kind, byte[] content, Duration limit) {
        HttpResponse<String> accepted = client.post("sferum/api/roster/imports?kind=" + kind + "&fileName="
                + encode("список.csv"), content, "text/csv");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = object(accepted).getString("id");
        return Eventually.within(limit, "загрузка " + kind + " закончена",
                () -> object(client.get("sferum/api/roster/imports/" + id)), report -> report.getBoolean("finished"));
    }

    /** The id of the college's group with that code, as the roster lists it. */
    public static String groupId(WebappClient client, String code) {
        return array(client.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
    }

    /** Uploads a file that must load, and checks that it did. */
    public static JsonObject loaded(WebappClient client, String kind, String file, Duration limit) {
        JsonObject done = upload(client, kind, file.getBytes(StandardCharsets.UTF_8), limit);
        String report = done.toString();
        assertThat(done.getString("status")).as(report.substring(0, Math.min(2000, report.length()))).isEqualTo("DONE");
        return done;
    }
}
