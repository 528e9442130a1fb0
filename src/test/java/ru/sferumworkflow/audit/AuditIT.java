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

        // The model with the path taken: the review and the end passed, the platform step (refused) never reached.
        HttpResponse<String> diagram = auditor.get("sferum/api/audit/instances/" + instance + "/diagram", "image/svg+xml");
        assertThat(diagram.statusCode()).isEqualTo(200);
        assertThat(diagram.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(diagram.body()).startsWith("<svg").contains(
                "data-activity=\"reviewStatus\" data-state=\"passed\"",
                "data-activity=\"verificationDone\" data-state=\"passed\"",
                "data-activity=\"confirmOnPlatform\" data-state=\"not-passed\"", "Подтвердить статус «учитель»",
                "class=\"flow taken\"").doesNotContain("Морозов", "<script");
        assertThat(WebappClient.loggedIn(base, "teacher").get("sferum/api/audit/instances/" + instance + "/diagram",
                "image/svg+xml")
                .statusCode()).isEqualTo(403);

        // The list, a page at a time, also as a PDF.
        List<String> newestTwo = ids(auditor.get("sferum/api/audit/instances?size=2&page=0"));
        assertThat(ids(auditor.get("sferum/api/audit/instances?size=1&page=0"))).isEqualTo(newestTwo.subList(0, 1));
        assertThat(ids(auditor.get("sferum/api/audit/instances?size=1&page=1"))).isEqualTo(newestTwo.subList(1,
                newestTwo.size()));
        HttpResponse<byte[]> list = auditor.download("sferum/api/audit/instances?process=teacherVerification&format=pdf");
        assertThat(list.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(list.body())) {
            // Cells wrap: words are compared with the line breaks as spaces.
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "Экземпляры процессов", "Подтверждение статуса «учитель»", "Результат сообщён", "auditor");
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

        // The list by the person concerned and by outcome; the person's reading is written down too.
        assertThat(array(auditor.get("sferum/api/audit/outcomes?process=teacherVerification"))
                .getValuesAs(JsonObject.class)).anySatisfy(outcome -> {
                    assertThat(outcome.getString("id")).isEqualTo("verificationDone");
                    assertThat(outcome.getString("name")).isEqualTo("Результат сообщён");
                });
        assertThat(ids(auditor.get("sferum/api/audit/instances?process=teacherVerification&outcome=verificationDone"
                + "&person=" + morozov + "&size=500"))).contains(instance);
        assertThat(ids(auditor.get("sferum/api/audit/instances?process=teacherVerification&outcome=verificationDone"
                + "&state=COMPLETED&size=500"))).contains(instance);
        assertThat(auditor.get("sferum/api/audit/instances?process=teacherVerification&outcome=reviewMerge")
                .statusCode()).as("a step that is not an end").isEqualTo(400);
        String inReview = Tasks.start(admin, "teacherVerification", Map.of("givenName", "Морозов Сергей Викторович",
                "givenPhone", "+7 999 555-44-32"));
        JsonObject review = Tasks.only(admin, inReview, "Подтвердить статус «учитель»");
        assertThat(ids(auditor.get("sferum/api/audit/instances?person=" + morozov + "&size=500"))).contains(inReview);
        assertThat(ids(auditor.get("sferum/api/audit/instances?process=teacherVerification&outcome=verificationDone"
                + "&size=500"))).contains(instance).doesNotContain(inReview);
        Tasks.complete(admin, review, Map.of("statusDecision", "refuse", "statusReason", "Проверка фильтров аудита"));
        String pavlov = object(admin.get("sferum/api/roster/persons?q=" + encode("Павлов Дмитрий Игоревич")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(ids(auditor.get("sferum/api/audit/instances?person=" + pavlov + "&size=500")))
                .doesNotContain(instance);
        assertThat(auditor.get("sferum/api/audit/instances?outcome=verificationDone").statusCode()).isEqualTo(400);
        HttpResponse<String> runningOutcome = auditor.get("sferum/api/audit/instances?process=teacherVerification"
                + "&outcome=verificationDone&state=RUNNING");
        assertThat(runningOutcome.statusCode()).isEqualTo(400);
        assertThat(object(runningOutcome).getString("message")).contains("только у завершённых");
        assertThat(auditor.get("sferum/api/audit/instances?person=no-such-person").statusCode()).isEqualTo(404);
        assertThat(auditor.get("sferum/api/audit/instances?process=x%27%20or%201%3D1").statusCode()).isEqualTo(400);
        assertThat(auditor.get("sferum/api/audit/persons/" + morozov + "/trail").body())
                .contains("Открыт список экземпляров процессов о человеке");
    }

    private static List<String> ids(HttpResponse<String> list) {
        return array(list).getValuesAs(JsonObject.class).stream().map(view -> view.getString("id")).toList();
    }

    @Test
    void theAuditPageIsServedWithItsScript() {
        HttpResponse<String> page = WebappClient.loggedIn(base, "auditor", "cockpit").get("sferum/roster/audit.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Аудит</h1>", "../assets/audit.js", "instances-pdf", "id=\"pages\"",
                "reports.html").doesNotContain("{{nonce}}");
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
        for (String path : List.of("sferum/api/audit/instances", "sferum/api/audit/instances/x/timeline",
                "sferum/api/audit/instances/x/diagram", "sferum/api/reports", "sferum/api/reports/x")) {
            HttpResponse<String> write = auditor.post(path, Json.createObjectBuilder().build());
            assertThat(write.statusCode()).as(path).isIn(403, 405);
            assertThat(auditor.delete(path).statusCode()).as(path).isIn(403, 405);
        }
    }
}
