package ru.sferumworkflow.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.AdultClass;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * Two nodes on one PostgreSQL database, configured as docs/operations.md and docker/compose.yaml run them (each its
 * own node name, the second started when the first is ready), with Camunda's own clustering: the nodes share nothing
 * but the database. Load on both at once, a task begun on one and finished on the other, and one node killed (-9)
 * while it holds jobs: the other takes them over when their lock runs out (SFERUM_JOB_LOCK_SECONDS, 20 here).
 * Runs with the PostgreSQL tests only (the cluster's database is PostgreSQL).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int SMTP_PORT = 3225;
    private static final Path FOLDER = Path.of("target", "cluster");

    static GreenMail mail;
    /** The nodes reach the database through this cable; the test's own reads go straight to the database. */
    static TcpForwarder cable;
    static Map<String, String> direct;
    static Map<String, String> settings;
    static ServerNode node1;
    static ServerNode node2;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        direct = NodeSettings.onPostgresql("sferum_cluster", SMTP_PORT);
        cable = new TcpForwarder(15432, 5432);
        cable.restore();
        settings = new HashMap<>(direct);
        settings.put("SFERUM_DB_URL", "jdbc:postgresql://127.0.0.1:" + cable.port() + "/sferum_cluster" + NodeSettings.ADDRESS_OPTIONS);
        node1 = ServerNode.prepare("node1", 200, FOLDER.resolve("node1"), settings);
        node2 = ServerNode.prepare("node2", 300, FOLDER.resolve("node2"), settings);
        node1.start(Duration.ofMinutes(4));
        node2.start(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        for (ServerNode node : new ServerNode[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (cable != null) {
            cable.close();
        }
    }

    @Test
    @Order(1)
    void loadOnBothNodesAtOnceRunsEveryJobAndTimerOnce() throws Exception {
        WebappClient admin1 = WebappClient.loggedIn(node1.base(), "sferum-admin");
        WebappClient admin2 = WebappClient.loggedIn(node2.base(), "sferum-admin");
        // Both nodes import a group at the same moment, then invite it.
        CompletableFuture<AdultClass> first = CompletableFuture.supplyAsync(() -> AdultClass.create(admin1, "КА", 60));
        CompletableFuture<AdultClass> second = CompletableFuture.supplyAsync(() -> AdultClass.create(admin2, "КБ", 60));
        AdultClass a = first.get();
        AdultClass b = second.get();
        CompletableFuture<HttpResponse<String>> issuedA = CompletableFuture.supplyAsync(() -> a.invite(admin1));
        CompletableFuture<HttpResponse<String>> issuedB = CompletableFuture.supplyAsync(() -> b.invite(admin2));
        List<String> instances = new ArrayList<>();
        for (HttpResponse<String> issued : List.of(issuedA.get(), issuedB.get())) {
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            instances.add(object(issued).getString("processInstanceId"));
        }

        // Counted once every letter job is done and a few job-executor rounds later: a repeat would show by then.
        WebappClient operator = WebappClient.loggedIn(node2.base(), "operator", "cockpit");
        for (String instance : instances) {
            Eventually.within(Duration.ofMinutes(2), "письма приглашения отправлены", () -> object(operator.get(ENGINE
                    + "/job/count?processInstanceId=" + instance + "&executable=true")).getInt("count"), count -> count == 0);
        }
        Thread.sleep(6_000);
        Map<String, Integer> letters = lettersPerAddress();
        List<String> everyone = new ArrayList<>(a.addresses());
        everyone.addAll(b.addresses());
        assertThat(letters.keySet()).containsAll(everyone);
        assertThat(everyone.stream().map(letters::get)).as("one letter each: every job ran once").containsOnly(1);

        // Both nodes ran jobs (each node's job log lines carry its name).
        Map<String, Integer> jobsByNode = new TreeMap<>();
        for (String node : List.of("node1", "node2")) {
            jobsByNode.put(node, object(operator.get(ENGINE + "/history/job-log/count?successLog=true&hostname=" + node))
                    .getInt("count"));
        }
        // Which node runs a job is a race between their job executors (one may take them all): the figure is printed,
        // the requirement is that the jobs ran — once each, as the letters show.
        System.out.println("Успешных заданий по узлам: " + jobsByNode);
        assertThat(jobsByNode.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(120);

        // Every invitation's expiry timer due at once: both nodes' job executors race for them; each fires once.
        for (String instance : instances) {
            Tasks.dueNow(operator, array(operator.get(ENGINE + "/job?processInstanceId=" + instance
                    + "&activityId=expired")).getJsonObject(0).getString("id"));
        }
        for (String instance : instances) {
            Eventually.within(Duration.ofSeconds(60), "задача аннулирования", () -> array(operator.get(ENGINE
                    + "/task?processInstanceId=" + instance + "&taskDefinitionKey=annulLink")), tasks -> tasks.size() == 1);
        }
        Thread.sleep(6_000);
        for (String instance : instances) {
            assertThat(array(operator.get(ENGINE + "/task?processInstanceId=" + instance + "&taskDefinitionKey=annulLink")))
                    .as("the timer fired once").hasSize(1);
            assertThat(object(operator.get(ENGINE + "/history/job-log/count?successLog=true&processInstanceId="
                    + instance + "&activityIdIn=expired")).getInt("count")).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void newChatRulesOfABigChatReachEveryMemberOnceWithTwoNodesRunningJobs() throws Exception {
        WebappClient admin = WebappClient.loggedIn(node1.base(), "sferum-admin");
        AdultClass group = AdultClass.create(admin, "КП", 300);
        String groupId = RosterUploads.groupId(admin, group.code());
        for (int page = 0; page < 2; page++) {
            for (JsonObject person : object(admin.get("sferum/api/roster/persons?size=150&page=" + page + "&group="
                    + groupId)).getJsonArray("items").getValuesAs(JsonObject.class)) {
                HttpResponse<String> joined = admin.post("sferum/api/chats/memberships", Json.createObjectBuilder()
                        .add("personId", person.getString("id")).add("chatId", group.chatId()).add("role", "STUDENT")
                        .build());
                assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
            }
        }

        HttpResponse<String> changed = admin.put("sferum/api/chats/" + group.chatId() + "/rules", Json.createObjectBuilder()
                .add("rules", Json.createArrayBuilder().add("Общайтесь уважительно.").add("Пишите по делу группы."))
                .add("note", "Правила короче").build().toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(object(changed).getInt("notified")).isEqualTo(300);

        // Counted once every letter job is done and a few job-executor rounds later: a repeat would show by then.
        WebappClient operator = WebappClient.loggedIn(node2.base(), "operator", "cockpit");
        Eventually.within(Duration.ofMinutes(2), "письма с новыми правилами отправлены", () -> object(operator.get(ENGINE
                + "/job/count?processDefinitionKey=chatRulesChanged&executable=true")).getInt("count"), count -> count == 0);
        Thread.sleep(6_000);
        Map<String, Integer> runs = new TreeMap<>();
        for (String node : List.of("node1", "node2")) {
            runs.put(node, object(operator.get(ENGINE + "/history/job-log/count?successLog=true&hostname=" + node
                    + "&processDefinitionKey=chatRulesChanged")).getInt("count"));
        }
        runs.put("failed", object(operator.get(ENGINE + "/history/job-log/count?failureLog=true"
                + "&processDefinitionKey=chatRulesChanged")).getInt("count"));
        System.out.println("Письма с новыми правилами — заданий по узлам и неудачных попыток: " + runs);
        Map<String, Integer> letters = lettersPerAddress();
        assertThat(group.addresses().stream().map(letters::get))
                .as("one letter each, though a job that collided with the other node's is run again").containsOnly(1);
    }

    @Test
    @Order(3)
    void oneFileUploadedOnBothNodesAtOnceMakesEachPersonOnce() throws Exception {
        WebappClient admin1 = WebappClient.loggedIn(node1.base(), "sferum-admin");
        WebappClient admin2 = WebappClient.loggedIn(node2.base(), "sferum-admin");
        String code = "КД-" + System.nanoTime() % 1_000_000;
        RosterUploads.loaded(admin1, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        StringBuilder file = new StringBuilder("Номер личного дела;ФИО;Дата рождения;Группа\n");
        for (int i = 0; i < 30; i++) {
            file.append(code).append('-').append(i).append(";Дважды").append("абвгдежзиклмнопрстуф".charAt(i % 20))
                    .append("абвгдежзиклмнопрстуф".charAt(i / 20))
                    .append(" Олег Петрович;01.09.2006;").append(code).append('\n');
        }
        byte[] content = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CompletableFuture<JsonObject> first = CompletableFuture.supplyAsync(
                () -> RosterUploads.upload(admin1, "STUDENTS", content, Duration.ofMinutes(2)));
        CompletableFuture<JsonObject> second = CompletableFuture.supplyAsync(
                () -> RosterUploads.upload(admin2, "STUDENTS", content, Duration.ofMinutes(2)));
        List<JsonObject> reports = List.of(first.get(), second.get());
        assertThat(reports).allSatisfy(report -> assertThat(report.getString("status")).isEqualTo("DONE"));
        assertThat(reports.stream().mapToInt(report -> report.getInt("created")).sum()).as("created once, not twice")
                .isEqualTo(30);
        String groupId = RosterUploads.groupId(admin1, code);
        assertThat(object(admin2.get("sferum/api/roster/persons?size=200&group=" + groupId)).getInt("total")).isEqualTo(30);
    }

    @Test
    @Order(4)
    void aTaskBegunOnOneNodeIsFinishedOnTheOther() {
        WebappClient onFirst = WebappClient.loggedIn(node1.base(), "sferum-admin");
        WebappClient onSecond = WebappClient.loggedIn(node2.base(), "sferum-admin");
        String instance = Tasks.start(onFirst, "teacherVerification", Map.of("givenName", "Морозов Сергей Викторович",
                "givenPhone", "+7 999 111-22-33", "givenEmail", "morozov.cluster@mail.test"));

        JsonObject review = Tasks.only(onSecond, instance, "Подтвердить статус «учитель»");
        Tasks.complete(onSecond, review, Map.of("statusDecision", "refuse",
                "statusReason", "Заместитель директора не ведёт занятий"));

        Eventually.within(Duration.ofSeconds(60), "проверка завершена на первом узле", () -> Tasks.ended(onFirst, instance),
                ended -> ended);
        Eventually.within(Duration.ofSeconds(60), "письмо об итоге", () -> lettersPerAddress()
                .getOrDefault("morozov.cluster@mail.test", 0), count -> count == 1);
    }

    @Test
    @Order(5)
    void whileTheDatabaseIsUnreachableRequestsGetA503AndTheNodesRecoverByThemselves() {
        WebappClient admin = WebappClient.loggedIn(node2.base(), "sferum-admin");
        AdultClass group = AdultClass.create(admin, "КГ", 20);
        long cutAt = System.nanoTime();
        cable.cut();
        try {
            HttpResponse<String> persons = admin.get("sferum/api/roster/persons?q=");
            assertThat(persons.statusCode()).as(persons.body()).isEqualTo(503);
            assertThat(object(persons).getString("message")).contains("База данных сейчас недоступна");
            assertThat(persons.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> refused = group.invite(admin);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            HttpResponse<String> tasks = admin.get(ENGINE + "/task?maxResults=10");
            assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(503);
            assertThat(object(tasks).getString("message")).contains("База данных сейчас недоступна");
            Eventually.within(Duration.ofSeconds(30), "узлы «не готовы»", () -> node1.isReady() || node2.isReady(),
                    ready -> !ready);
        } finally {
            cable.restore();
        }
        Eventually.within(Duration.ofSeconds(90), "узлы снова готовы", () -> node1.isReady() && node2.isReady(),
                ready -> ready);
        Eventually.within(Duration.ofSeconds(60), "запросы снова выполняются",
                () -> admin.get("sferum/api/roster/persons?q=").statusCode(), status -> status == 200);
        System.out.printf("База была недоступна; узлы снова готовы через %.1f с после обрыва%n",
                (System.nanoTime() - cutAt) / 1e9);

        // The invitation refused during the outage left nothing behind; issued now, it goes out whole.
        assertThat(array(admin.get("sferum/api/invitations?size=200")).getValuesAs(JsonObject.class))
                .noneMatch(invitation -> invitation.getString("chatId").equals(group.chatId()));
        HttpResponse<String> issued = group.invite(admin);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Eventually.within(Duration.ofMinutes(1), "письма после восстановления", () -> lettersPerAddress().keySet()
                .containsAll(group.addresses()), all -> all);
    }

    @Test
    @Order(6)
    void whenANodeDiesTheOtherFinishesTheJobsItHeldOnceTheirLockRunsOut() throws Exception {
        WebappClient admin1 = WebappClient.loggedIn(node1.base(), "sferum-admin");
        AdultClass group = AdultClass.create(admin1, "КВ", 300);
        int before = mail.getReceivedMessages().length;
        HttpResponse<String> issued = group.invite(admin1);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String instance = object(issued).getString("processInstanceId");

        // The moment node 1 holds some of the letters' jobs, it dies.
        Map<String, Timestamp> held = Eventually.within(Duration.ofSeconds(60), "задания, взятые первым узлом",
                () -> lockedBy("node1/"), locked -> !locked.isEmpty());
        node1.kill();
        held = lockedBy("node1/");
        long killedAt = System.currentTimeMillis();
        System.out.printf("Первый узел убит, держа %d заданий; отправлено писем: %d из %d%n", held.size(),
                mail.getReceivedMessages().length - before, group.addresses().size());
        assertThat(held).as("jobs locked by the dead node").isNotEmpty();

        WebappClient operator = WebappClient.loggedIn(node2.base(), "operator", "cockpit");
        Eventually.within(Duration.ofMinutes(3), "все задания выполнены", () -> object(operator.get(ENGINE
                + "/job/count?processInstanceId=" + instance + "&executable=true")).getInt("count"), count -> count == 0);
        Eventually.within(Duration.ofMinutes(1), "каждому письмо", () -> lettersPerAddress().keySet()
                .containsAll(group.addresses()), all -> all);
        System.out.printf("Все %d заданий первого узла выполнены вторым через %.1f с после остановки%n", held.size(),
                (System.currentTimeMillis() - killedAt) / 1000.0);

        // Each job the dead node held ran on node 2, and not before the lock expired.
        for (Map.Entry<String, Timestamp> job : held.entrySet()) {
            List<JsonObject> runs = array(operator.get(ENGINE + "/history/job-log?successLog=true&jobId=" + job.getKey()))
                    .getValuesAs(JsonObject.class);
            assertThat(runs).as("job " + job.getKey()).hasSize(1);
            assertThat(runs.get(0).getString("hostname")).isEqualTo("node2");
            OffsetDateTime ran = OffsetDateTime.parse(runs.get(0).getString("timestamp"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
            assertThat(ran.toInstant()).isAfterOrEqualTo(job.getValue().toInstant().minusSeconds(1));
        }
        assertThat(array(operator.get(ENGINE + "/incident?processInstanceId=" + instance))).isEmpty();
        Map<String, Integer> letters = lettersPerAddress();
        long twice = group.addresses().stream().filter(address -> letters.get(address) > 1).count();
        System.out.printf("Письма приглашения после гибели узла: %d адресатов, повторно — %d%n",
                group.addresses().size(), twice);
        assertThat(twice).as("only a letter sent by the dead node before it could commit may come twice")
                .isLessThanOrEqualTo(held.size());
    }

    /** Jobs whose lock belongs to a node (lock owner «name/…»), with the time their lock expires. */
    private static Map<String, Timestamp> lockedBy(String ownerPrefix) {
        Map<String, Timestamp> jobs = new HashMap<>();
        try (Connection connection = NodeSettings.connect(direct);
                PreparedStatement query = connection.prepareStatement(
                        "select ID_, LOCK_EXP_TIME_ from ACT_RU_JOB where LOCK_OWNER_ like ?")) {
            query.setString(1, ownerPrefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    jobs.put(rows.getString(1), rows.getTimestamp(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return jobs;
    }

    private static Map<String, Integer> lettersPerAddress() {
        return Letters.perAddress(mail);
    }
}
