package ru.sferumworkflow.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.BenchmarkReport;
import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerFigures;
import ru.sferumworkflow.platform.ServerProfile;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;
import ru.sferumworkflow.roster.CollegeFiles;

/**
 * The September wave: every group's class and parents' chat invited at once — 3,000 students and 6,000 parents
 * mailed through the server to a local SMTP server — then every invitation expiring in the same minute, until each
 * has its «Аннулировать ссылку-приглашение»; three waves in a row, with the heap left after each. The same model on a
 * bare engine with no-op steps, on a database of the same kind, gives the ratio.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=InvitationBenchmark} (size: -Dbenchmark.students=…).
 */
class InvitationBenchmark extends ServerTest {

    private static final int STUDENTS = Integer.getInteger("benchmark.students", 3000);
    private static final int STAFF = 200;
    private static final CollegeFiles COLLEGE = CollegeFiles.INVITATIONS;
    /** The wave is repeated: the heap left after each (a full collection first) must not grow. */
    private static final int WAVES = 3;
    /** How far ahead the links are all made to expire: time enough to move every timer there first. */
    private static final Duration EXPIRY_AHEAD = Duration.ofSeconds(20);
    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

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
    void theSeptemberWaveThenEveryLinkExpiringAtOnce() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        int groups = CollegeFiles.groupCount(STUDENTS);
        upload(admin, "STAFF", COLLEGE.staff(STAFF));
        upload(admin, "GROUPS", COLLEGE.groups(groups, STAFF));
        upload(admin, "STUDENTS", COLLEGE.students(STUDENTS));
        List<JsonObject> requests = new ArrayList<>();
        for (JsonObject group : array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class)) {
            if (COLLEGE.owns(group.getString("code"))) {
                requests.add(invitation(chat(admin, "CLASS", group), "STUDENT", "ALL_STUDENTS"));
                requests.add(invitation(chat(admin, "GROUP_PARENTS", group), "PARENT", "ALL_PARENTS"));
            }
        }
        int letters = STUDENTS * 3;
        double commitsPerSecond = ServerFigures.rawCommitRate();

        List<Wave> waves = new ArrayList<>();
        List<String> hottest = List.of();
        for (int wave = 1; wave <= WAVES; wave++) {
            mail.purgeEmailFromAllMailboxes();
            ServerProfile profile = wave == 1 && ServerProfile.wanted() ? ServerProfile.start("invitations-letters") : null;
            long issueStart = System.nanoTime();
            for (JsonObject request : requests) {
                HttpResponse<String> issued = admin.post("sferum/api/invitations", request);
                assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            }
            double issueSeconds = seconds(issueStart);
            // Told by GreenMail as each letter arrives: asking it five times a second for every letter received
            // copied up to 9,000 letters out of 9,000 mailboxes each time, on the cores the server under test runs on.
            assertThat(mail.waitForIncomingEmail(Duration.ofMinutes(30).toMillis(), letters)).as("все письма").isTrue();
            double mailSeconds = seconds(issueStart);
            if (profile != null) {
                hottest = profile.stop("", 60);
            }

            // Every link expires at one moment a little ahead, and the time runs from that moment, as when they
            // expire by themselves: the REST calls that move the timers are not part of it.
            long expiryStart = expireAllAt(operator, System.nanoTime() + EXPIRY_AHEAD.toNanos());
            int annulments = requests.size() * wave;
            Eventually.within(Duration.ofMinutes(30), "задачи «Аннулировать ссылку-приглашение»",
                    () -> object(admin.get(ENGINE + "/task/count?processDefinitionKey=invitation&taskDefinitionKey=annulLink"))
                            .getInt("count"), count -> count >= annulments);
            double expirySeconds = seconds(expiryStart);
            waves.add(new Wave(issueSeconds, mailSeconds, expirySeconds, ServerFigures.heapAfterFullCollection(base),
                    ServerFigures.residentMemory()[1]));
        }

        List<BareWave> bare = bareWaves(requests.size(), letters);
        String database = BenchmarkReport.database();
        List<String> lines = new ArrayList<>(List.of(
                "# Приглашения: " + requests.size() + " приглашений, " + letters + " писем с личными ссылками, "
                        + WAVES + " волны подряд",
                "",
                "База данных: " + database + "; сервер: -Xmx1g; SMTP — GreenMail в процессе теста. Голый движок — та же "
                        + "модель с пустыми шагами в JVM теста, на базе того же рода ("
                        + (onPostgresql() ? "своя база на том же сервере PostgreSQL" : "файл H2 с настройками сервера")
                        + "), те же " + WAVES + " волны; каждая волна приложения сравнивается с той же волной голого"
                        + " (первая — у обоих на непрогретой JVM); " + BenchmarkReport.jobAcquisition() + ".",
                "",
                "| волна | оформление (REST), с | оформление и " + letters + " писем, с | писем в секунду | голый: письма, с"
                        + " | приложение / голый (письма) | истечение " + requests.size() + ", с | голый: истечение, с"
                        + " | приложение / голый (истечение) | куча после полной сборки, МиБ | пик RSS, МиБ |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int i = 0; i < waves.size(); i++) {
            Wave wave = waves.get(i);
            BareWave bareWave = bare.get(i);
            lines.add(String.format("| %d | %.1f | %.1f | %.0f | %.1f | %.2f | %.1f | %.1f | %.2f | %.0f | %.0f |", i + 1,
                    wave.issueSeconds(), wave.mailSeconds(), letters / wave.mailSeconds(), bareWave.mailSeconds(),
                    bareWave.mailSeconds() / wave.mailSeconds(), wave.expirySeconds(), bareWave.expirySeconds(),
                    bareWave.expirySeconds() / wave.expirySeconds(), wave.heapMegabytes(), wave.peakRssMegabytes()));
        }
        Wave last = waves.get(waves.size() - 1);
        lines.addAll(List.of("",
                "«Приложение / голый» — отношение пропускной способности (цель — не меньше 0,8).",
                String.format("- Куча после %d-й волны / после 1-й: %.2f (цель — не растёт).", WAVES,
                        last.heapMegabytes() / waves.get(0).heapMegabytes()),
                String.format("- Предел базы: %.0f фиксаций в секунду (цикл маленьких транзакций JDBC из JVM теста); письмо —"
                        + " не меньше двух фиксаций (задание и отметка об отправке), так что %.0f писем в секунду — это"
                        + " %.0f %% предела.", commitsPerSecond, letters / last.mailSeconds(),
                        100 * 2 * letters / last.mailSeconds() / commitsPerSecond),
                ""));
        if (!hottest.isEmpty()) {
            lines.addAll(List.of("## Где сервер тратил время на письма первой волны (Flight Recorder)", "", "```"));
            lines.addAll(hottest);
            lines.add("```");
        }
        JsonObjectBuilder json = BenchmarkReport.withJobAcquisition(Json.createObjectBuilder().add("database", database)
                .add("invitations", requests.size()).add("letters", letters));
        BenchmarkReport.figure(json, "rawCommitsPerSecond", commitsPerSecond);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < waves.size(); i++) {
            Wave wave = waves.get(i);
            BareWave bareWave = bare.get(i);
            JsonObjectBuilder row = Json.createObjectBuilder().add("issueSeconds", wave.issueSeconds())
                    .add("mailSeconds", wave.mailSeconds()).add("bareMailSeconds", bareWave.mailSeconds())
                    .add("mailRatioToBare", bareWave.mailSeconds() / wave.mailSeconds())
                    .add("expirySeconds", wave.expirySeconds()).add("bareExpirySeconds", bareWave.expirySeconds())
                    .add("expiryRatioToBare", bareWave.expirySeconds() / wave.expirySeconds());
            BenchmarkReport.figure(row, "heapAfterFullCollectionMiB", wave.heapMegabytes());
            BenchmarkReport.figure(row, "peakRssMiB", wave.peakRssMegabytes());
            rows.add(row);
        }
        BenchmarkReport.write("invitations", String.join("\n", lines), json.add("waves", rows).build());
    }

    /**
     * The expiry timers of every open invitation, all due at one moment (given as System.nanoTime), which is returned:
     * the job executor fires them all from then on.
     */
    private static long expireAllAt(WebappClient operator, long moment) {
        String due = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
                .format(OffsetDateTime.now().plusNanos(moment - System.nanoTime()));
        for (JsonObject job : array(operator.get(ENGINE + "/job?processDefinitionKey=invitation&activityId=expired"
                + "&maxResults=100000")).getValuesAs(JsonObject.class)) {
            HttpResponse<String> moved = operator.put(ENGINE + "/job/" + job.getString("id") + "/duedate",
                    Json.createObjectBuilder().add("duedate", due).build().toString());
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        }
        assertThat(System.nanoTime()).as("все сроки перенесены до назначенного момента").isLessThan(moment);
        return moment;
    }

    /** The wall-clock time of a System.nanoTime moment. */
    private static Date dateAt(long moment) {
        return new Date(System.currentTimeMillis() + (moment - System.nanoTime()) / 1_000_000);
    }

    /**
     * The same waves through the model alone, on a database of the same kind as the server's (an H2 file with the
     * server's settings, or a database of its own on the same PostgreSQL server): seconds for the letters and for the
     * expiry of each wave. Each of the application's waves is set against the same wave here, so that a warmed-up
     * server is not compared with an engine measured cold.
     */
    private static List<BareWave> bareWaves(int invitations, int letters) throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        ProcessEngine engine = TestProcessEngine.bare("invitation-benchmark-bare", NoOpInvitationSteps.beans(calls),
                "processes/invitation/invitation.bpmn", "processes/invitation/invitation-start.form",
                "processes/invitation/join-request-decision.form", "processes/invitation/annul-invitation-link.form");
        try {
            List<BareWave> waves = new ArrayList<>();
            for (int wave = 1; wave <= WAVES; wave++) {
                long start = System.nanoTime();
                int perInvitation = letters / invitations;
                for (int i = 0; i < invitations; i++) {
                    engine.getRuntimeService().startProcessInstanceByKey(InvitationVariables.PROCESS,
                            Map.of("stubRecipients", i == 0 ? letters - perInvitation * (invitations - 1) : perInvitation));
                }
                while (calls.getOrDefault("sendInvitationMail", new AtomicInteger()).get() < letters * wave) {
                    Thread.sleep(50);
                }
                double sending = seconds(start);
                start = System.nanoTime() + EXPIRY_AHEAD.toNanos();
                for (Job job : engine.getManagementService().createJobQuery().activityId("expired").list()) {
                    engine.getManagementService().setJobDuedate(job.getId(), dateAt(start));
                }
                while (engine.getTaskService().createTaskQuery().taskDefinitionKey("annulLink").count()
                        < (long) invitations * wave) {
                    Thread.sleep(50);
                }
                waves.add(new BareWave(sending, seconds(start)));
            }
            return waves;
        } finally {
            engine.close();
        }
    }

    private JsonObject invitation(String chatId, String role, String recipients) {
        return Json.createObjectBuilder().add("chatId", chatId).add("role", role)
                .add("platformLink", "https://sferum.ru/invite/" + chatId).add("recipients", recipients).add("validDays", 14)
                .build();
    }

    private static String chat(WebappClient admin, String kind, JsonObject group) {
        HttpResponse<String> created = admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", kind)
                .add("title", group.getString("code") + (kind.equals("CLASS") ? "" : ": родители"))
                .add("groupId", group.getString("id")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created).getString("id");
    }

    private static void upload(WebappClient admin, String kind, String file) {
        RosterUploads.loaded(admin, kind, file, Duration.ofMinutes(10));
    }

    private record BareWave(double mailSeconds, double expirySeconds) {
    }

    private record Wave(double issueSeconds, double mailSeconds, double expirySeconds, double heapMegabytes,
            double peakRssMegabytes) {
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
