package ru.sferumworkflow.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.AdultClass;

/**
 * The mail server goes down in the middle of an invitation's letters: the letters not yet sent are retried
 * (SFERUM_MAIL_RETRY_CYCLE, R2/PT3S in the tests) and then become incidents; nothing else breaks. The mail server comes
 * back, the operator retries the incidents over Cockpit's REST API, and every recipient has a letter — exactly one,
 * but for a letter the server took without answering as it stopped (see the end of the test).
 */
class InvitationMailOutageIT extends ServerTest {

    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final int STUDENTS = 60;

    static GreenMail mail;

    @AfterAll
    static void stopMailServer() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void lettersCutOffByAnSmtpOutageBecomeIncidentsAndAfterTheRetryArriveOnceEach() throws Exception {
        mail = new GreenMail(SMTP);
        mail.start();
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        AdultClass group = AdultClass.create(admin, "ПО", STUDENTS);

        HttpResponse<String> issued = group.invite(admin);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String instance = object(issued).getString("processInstanceId");
        Eventually.within(Duration.ofSeconds(60), "первые письма", () -> mail.getReceivedMessages().length,
                received -> received >= 3);
        // The old server's store outlives it: what it took before the outage is counted exactly.
        Managers beforeStop = mail.getManagers();
        mail.stop();
        Map<String, Integer> beforeOutage = Letters.perAddress(beforeStop.getImapHostManager().getAllMessages().stream()
                .map(StoredMessage::getMimeMessage).toList());
        beforeOutage.keySet().retainAll(group.addresses());
        int unsent = STUDENTS - beforeOutage.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Сервер почты остановлен после %d писем из %d%n", STUDENTS - unsent, STUDENTS);
        assertThat(unsent).as("the outage came in the middle of the letters").isPositive();

        // Each letter that could not go is retried, then stops as an incident for the operator.
        JsonArray incidents = Eventually.within(Duration.ofSeconds(120), "инциденты по каждому неотправленному письму",
                () -> array(operator.get(ENGINE + "/incident?processInstanceId=" + instance)),
                found -> found.size() >= unsent);
        assertThat(incidents.getValuesAs(JsonObject.class)).allSatisfy(incident -> {
            assertThat(incident.getString("activityId")).isEqualTo("sendPersonalLink");
            assertThat(incident.getString("incidentType")).isEqualTo("failedJob");
        });
        // The invitation itself is intact: its page answers, the recipients without a letter are still waiting.
        JsonObject view = object(admin.get("sferum/api/invitations/" + object(issued).getString("id")));
        assertThat(view.getJsonArray("recipients")).hasSize(STUDENTS);

        mail = new GreenMail(SMTP);
        mail.start();
        for (JsonObject incident : incidents.getValuesAs(JsonObject.class)) {
            HttpResponse<String> retried = operator.put(ENGINE + "/job/" + incident.getString("configuration")
                    + "/retries", "{\"retries\": 1}");
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
        }
        Eventually.within(Duration.ofSeconds(60), "остальные письма", () -> mail.getReceivedMessages().length,
                received -> received >= unsent);
        Eventually.within(Duration.ofSeconds(30), "инцидентов нет",
                () -> array(operator.get(ENGINE + "/incident?processInstanceId=" + instance)), JsonArray::isEmpty);
        // Give a stray retry a few job-executor rounds to show up before counting.
        Thread.sleep(8_000);

        Map<String, Integer> total = new TreeMap<>(beforeOutage);
        Letters.perAddress(mail).forEach((address, count) -> total.merge(address, count, Integer::sum));
        total.keySet().retainAll(group.addresses());
        List<String> twice = total.entrySet().stream().filter(letters -> letters.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        System.out.printf("После повтора: %d адресатов получили письмо, повторов — %d%n", total.size(), twice.size());
        assertThat(total.keySet()).containsExactlyInAnyOrderElementsOf(group.addresses());
        // A letter the old server took at the very moment it stopped, without answering «250», looks lost to the
        // sender (SMTP cannot tell the two apart) and goes again after the retry. Only such a letter may come twice:
        // its first copy is in the old server's store, and there are no more of them than letters in flight — one per
        // job thread (SFERUM_JOB_THREADS, which the tests leave at its default). Every other letter comes exactly once.
        assertThat(total.values()).as("none more than twice").allMatch(count -> count <= 2);
        assertThat(beforeOutage.keySet()).as("only a letter the old server took may come again").containsAll(twice);
        assertThat(twice).as("at most one per letter in flight at the outage").hasSizeLessThanOrEqualTo(Settings.JOB_THREADS.positiveInt());
    }
}
