package ru.sferumworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;

/**
 * «Аудит» against the provisioned server: an auditor finds a finished verification, reads its timeline — the
 * decision table's answer, who completed the review, the reason entered, the domain events — and the person's
 * trail, exports them as CSV and PDF; each opening is itself recorded; other staff cannot read it, nobody can write.
 */
class AuditIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    static GreenMail mail;

    @BeforeAll
    static void mailServer() {
        mail = new GreenMail(SMTP);
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @Test
    void anAuditorReadsAFinishedInstanceAndAPersonsTrailAndEachReadingIsRecorded() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String instance = Tasks.start(admin, "teacherVerification", Map.of("givenName", "Морозов Сергей Викторович",
                "givenPhone", "+7 999 555-44-33", "givenEmail", "audit.check@mail.test"));
        Tasks.complete(admin, Tasks.only(admin, instance, "Подтвердить статус «учитель»"),
                Map.of("statusDecision", "refuse", "statusReason", "Номер не его, проверено в отделе кадров"));
        Eventually.within(Duration.ofSeconds(30), "проверка завершена", () -> Tasks.ended(admin, instance), ended -> ended);

        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        List<JsonObject> finished = array(auditor.get("sferum/api/audit/instances?process=teacherVerification"
                + "&state=COMPLETED&size=500")).getValuesAs(JsonObject.class);
        JsonObject found = finished.stream().filter(view -> view.getString("id").equals(instance)).findFirst()
                .orElseThrow();
        assertThat(found.getString("processName")).isEqualTo("Подтверждение статуса «учитель»");
        assertThat(found.getString("startedBy")).isEqualTo("sferum-admin");
        assertThat(found.getString("outcome")).isEqualTo("Результат сообщён");

        String timeline = auditor.get("sferum/api/audit/instances/" + instance + "/timeline").body();
        assertThat(timeline).contains("Таблица решений", "REVIEW", "Подтвердить статус «учитель»", "выполнена",
                "sferum-admin", "statusReason", "Номер не его, проверено в отделе кадров", "TEACHER_STATUS_REFUSED");
        // The first reading is in the trail the second one shows.
        assertThat(auditor.get("sferum/api/audit/instances/" + instance + "/timeline").body())
                .contains("AUDIT_VIEWED", "Открыт ход экземпляра");

        HttpResponse<String> csv = auditor.get("sferum/api/audit/instances/" + instance + "/timeline?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFКогда;Что;Шаг или предмет;Кто;Подробности")
                .contains("Номер не его, проверено в отделе кадров");

        HttpResponse<byte[]> pdf = auditor.download("sferum/api/audit/instances/" + instance + "/timeline?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ход экземпляра", "Номер не его", "auditor");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String morozov = object(admin.get("sferum/api/roster/persons?q=" + encode("Морозов Сергей Викторович")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        String trail = auditor.get("sferum/api/audit/persons/" + morozov + "/trail").body();
        assertThat(trail).contains("TEACHER_STATUS_REFUSED", "Номер не его");
        assertThat(auditor.get("sferum/api/audit/persons/" + morozov + "/trail?format=csv").body())
                .startsWith("\uFEFFКогда;Что");
        assertThat(auditor.get("sferum/api/audit/persons/" + morozov + "/trail").body())
                .contains("Открыт след человека");
    }

    @Test
    void theAuditPageIsServedWithItsScript() {
        HttpResponse<String> page = WebappClient.loggedIn(base, "auditor", "cockpit").get("sferum/roster/audit.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Аудит</h1>", "../assets/audit.js").doesNotContain("{{nonce}}");
    }

    @Test
    void onlyAuditorsAndTheDirectorReadItAndNobodyWrites() {
        assertThat(WebappClient.loggedIn(base, "director").get("sferum/api/audit/instances").statusCode())
                .isEqualTo(200);
        for (String user : List.of("teacher", "curator", "deputy", "sferum-admin")) {
            assertThat(WebappClient.loggedIn(base, user).get("sferum/api/audit/instances").statusCode()).as(user)
                    .isEqualTo(403);
        }
        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        assertThat(auditor.get("sferum/api/audit/instances?state=LOST").statusCode()).isEqualTo(400);
        assertThat(auditor.get("sferum/api/audit/instances/no-such-instance/timeline").statusCode()).isEqualTo(404);
        for (String path : List.of("sferum/api/audit/instances", "sferum/api/audit/instances/x/timeline")) {
            HttpResponse<String> write = auditor.post(path, Json.createObjectBuilder().build());
            assertThat(write.statusCode()).as(path).isIn(403, 405);
            assertThat(auditor.delete(path).statusCode()).as(path).isIn(403, 405);
        }
    }
}
