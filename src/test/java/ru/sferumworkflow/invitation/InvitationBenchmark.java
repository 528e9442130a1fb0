package ru.sferumworkflow.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import jakarta.json.JsonObject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;
import ru.sferumworkflow.roster.CollegeFiles;

/**
 * The September wave: every group's class and parents' chat invited at once — 3,000 students and 6,000 parents
 * mailed through the server to a local SMTP server — then every invitation expiring in the same minute, until each
 * has its «Аннулировать ссылку-приглашение». The same model on a bare engine with no-op steps gives the ratio.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=InvitationBenchmark} (size: -Dbenchmark.students=…).
 */
class InvitationBenchmark extends ServerTest {

    private static final int STUDENTS = Integer.getInteger("benchmark.students", 3000);
    private static final int STAFF = 200;
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
        upload(admin, "STAFF", CollegeFiles.staff(STAFF));
        upload(admin, "GROUPS", CollegeFiles.groups(groups, STAFF));
        upload(admin, "STUDENTS", CollegeFiles.students(STUDENTS));
        List<JsonObject> requests = new ArrayList<>();
        for (JsonObject group : array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class)) {
            if (group.getString("code").startsWith("ГР-")) {
                requests.add(invitation(chat(admin, "CLASS", group), "STUDENT", "ALL_STUDENTS"));
                requests.add(invitation(chat(admin, "GROUP_PARENTS", group), "PARENT", "ALL_PARENTS"));
            }
        }
        int letters = STUDENTS * 3;

        long issueStart = System.nanoTime();
        for (JsonObject request : requests) {
            HttpResponse<String> issued = admin.post("sferum/api/invitations", request);
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        }
        double issueSeconds = seconds(issueStart);
        Eventually.within(Duration.ofMinutes(30), "все письма", () -> mail.getReceivedMessages().length,
                received -> received >= letters);
        double mailSeconds = seconds(issueStart);

        long expiryStart = System.nanoTime();
        expireAll(operator);
        Eventually.within(Duration.ofMinutes(30), "задачи «Аннулировать ссылку-приглашение»",
                () -> object(admin.get(ENGINE + "/task/count?processDefinitionKey=invitation&taskDefinitionKey=annulLink"))
                        .getInt("count"), count -> count >= requests.size());
        double expirySeconds = seconds(expiryStart);

        double[] bare = bareEngine(requests.size(), letters);
        String database = !onPostgresql() ? "H2 (файл)" : "PostgreSQL";
        String report = String.join("\n",
                "# Приглашения: " + requests.size() + " приглашений, " + letters + " писем с личными ссылками",
                "",
                "База данных: " + database + "; сервер: -Xmx1g; SMTP — GreenMail в процессе теста.",
                "",
                "| что | приложение, с | в секунду | голый движок, с | в секунду | приложение / голый |",
                "|---|---:|---:|---:|---:|---:|",
                row("оформление (REST) и " + letters + " писем", mailSeconds, letters, bare[0]),
                row("истечение всех " + requests.size() + " приглашений до задач аннулирования", expirySeconds,
                        requests.size(), bare[1]),
                "",
                "Из них оформление " + requests.size() + " приглашений через REST: " + String.format("%.1f", issueSeconds)
                        + " с. Голый движок — та же модель с пустыми шагами в JVM теста на H2 в памяти.",
                "");
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "invitations-" + (!onPostgresql() ? "h2" : "postgresql") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** The expiry timers of every open invitation, due now: the job executor fires them all. */
    private static void expireAll(WebappClient operator) {
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(OffsetDateTime.now());
        for (JsonObject job : array(operator.get(ENGINE + "/job?processDefinitionKey=invitation&activityId=expired"
                + "&maxResults=100000")).getValuesAs(JsonObject.class)) {
            HttpResponse<String> due = operator.put(ENGINE + "/job/" + job.getString("id") + "/duedate",
                    Json.createObjectBuilder().add("duedate", now).build().toString());
            assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
        }
    }

    /** The same numbers through the model alone: seconds for the letters, seconds for the expiry. */
    private static double[] bareEngine(int invitations, int letters) throws InterruptedException {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        ProcessEngine engine = TestProcessEngine.create("invitation-benchmark-bare", NoOpInvitationSteps.beans(calls));
        try {
            engine.getRepositoryService().createDeployment()
                    .addClasspathResource("processes/invitation/invitation.bpmn")
                    .addClasspathResource("processes/invitation/invitation-start.form")
                    .addClasspathResource("processes/invitation/join-request-decision.form")
                    .addClasspathResource("processes/invitation/annul-invitation-link.form")
                    .deploy();
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
            long start = System.nanoTime();
            int perInvitation = letters / invitations;
            for (int i = 0; i < invitations; i++) {
                engine.getRuntimeService().startProcessInstanceByKey(InvitationVariables.PROCESS,
                        Map.of("stubRecipients", i == 0 ? letters - perInvitation * (invitations - 1) : perInvitation));
            }
            while (calls.getOrDefault("sendInvitationMail", new AtomicInteger()).get() < letters) {
                Thread.sleep(50);
            }
            double sending = seconds(start);
            start = System.nanoTime();
            for (Job job : engine.getManagementService().createJobQuery().activityId("expired").list()) {
                engine.getManagementService().setJobDuedate(job.getId(), new Date());
            }
            while (engine.getTaskService().createTaskQuery().taskDefinitionKey("annulLink").count() < invitations) {
                Thread.sleep(50);
            }
            return new double[] {sending, seconds(start)};
        } finally {
            engine.close();
        }
    }

    private static String row(String what, double seconds, int items, double bareSeconds) {
        return "| " + what + " | " + String.format("%.1f", seconds) + " | " + String.format("%.0f", items / seconds)
                + " | " + String.format("%.1f", bareSeconds) + " | " + String.format("%.0f", items / bareSeconds)
                + " | " + String.format("%.1f", seconds / bareSeconds) + " |";
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

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
