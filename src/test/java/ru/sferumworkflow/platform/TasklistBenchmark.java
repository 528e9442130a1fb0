package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Tasklist with many open tasks: the administrators' group list («Задачи моих групп») as Tasklist asks for it — the
 * filter's first page of 15, newest first, and its count — at 1,000, 10,000 and 100,000 open tasks; p50 and p95 of
 * 30 readings each. The tasks are real: «Подтверждение статуса «учитель»» started by an administrator through the
 * form (four clients at once), each ending at the review «Подтвердить статус «учитель»» (the deputy with a phone the
 * staff list does not have). Also printed: the cost of one instance while the database holds 1,000 and 100,000, the
 * server's heap and resident memory, and the database's raw commit rate (small JDBC transactions) as the ceiling.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=TasklistBenchmark} (size: -Dbenchmark.tasks=…; where the
 * server's time goes, from a Flight Recorder recording of each stage: -Dbenchmark.profile=true).
 * <p>
 * With -Dbenchmark.colleges=N (N &gt; 1) the same stages run as a region on one deployment: the administrator's college
 * keeps its first 1,000 tasks, and every task beyond them belongs to one of N − 1 other colleges (Camunda tenants, each
 * with a user of its own who starts the same verifications), so the list is the administrator's 1,000 among 10,000
 * and 100,000 open tasks of the region. The report is then tasklist-region-….
 */
class TasklistBenchmark extends ServerTest {

    private static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);
    private static final int COLLEGES = Integer.getInteger("benchmark.colleges", 1);
    /** In a region run, the administrator's own college has the first tasks, and only these. */
    private static final int OWN_TASKS = 1_000;
    private static final int CLIENTS = 4;
    private static final int SAMPLES = 30;
    /** The stretch of instances whose cost is measured at each size: the last ones started before the readings. */
    private static final int COSTED = 1_000;
    private static final String DEPUTY = "Морозов Сергей Викторович";
    private static final String REVIEW = "reviewStatus";
    /** With -Dbenchmark.profile=true: where the server's time went (ServerProfile), stage by stage, for the report. */
    private final List<String> profiles = new ArrayList<>();

    static GreenMail mail;

    /** The letters the processes send (a review's notice) go to a local SMTP server, as in production. */
    @BeforeAll
    static void mailServer() {
        mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @Test
    void theAdministratorsGroupListAtAThousandTenThousandAndAHundredThousandOpenTasks() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        double commitsPerSecond = ServerFigures.rawCommitRate();
        List<WebappClient> otherColleges = otherColleges(operator);

        List<Stage> stages = new ArrayList<>();
        int open = openReviews(operator);
        for (int size : List.of(1_000, 10_000, TASKS)) {
            if (size > TASKS || size <= open) {
                continue;
            }
            // Up to the size less the costed stretch, then the costed stretch alone, timed to its last task.
            start(open, size - COSTED, otherColleges);
            waitForReviews(operator, size - COSTED);
            ServerProfile starts = ServerProfile.wanted() ? ServerProfile.start("tasklist-starts-" + size) : null;
            long costStart = System.nanoTime();
            start(size - COSTED, size, otherColleges);
            waitForReviews(operator, size);
            double costSeconds = (System.nanoTime() - costStart) / 1e9;
            open = size;
            if (starts != null) {
                profiles.add("### Запуск экземпляра при " + size + " открытых задач");
                profiles.addAll(starts.stop("", 40));
            }

            analyzeLikeAutovacuum();
            ServerProfile readings = ServerProfile.wanted() ? ServerProfile.start("tasklist-list-" + size) : null;
            double[] list = measure(() -> tasklist(admin, "list?firstResult=0&maxResults=15"));
            if (readings != null) {
                profiles.add("### Список при " + size + " открытых задач");
                profiles.addAll(readings.stop("FilterResourceImpl.queryList", 40));
            }
            double[] count = measure(() -> tasklist(admin, "count"));
            int seen = object(tasklist(admin, "count")).getInt("count");
            if (otherColleges.isEmpty()) {
                assertThat(seen).as("задачи в списке администратора").isGreaterThanOrEqualTo(size);
            } else {
                assertThat(seen).as("задачи своего Техникума в списке администратора, без задач других")
                        .isEqualTo(Math.min(size, OWN_TASKS));
            }
            Stage stage = new Stage(size, costSeconds * 1000 / COSTED, list, count, ServerFigures.heapMegabytes(base),
                    ServerFigures.residentMemory(), ServerFigures.databaseMegabytes());
            stages.add(stage);
            // A long run stopped early still leaves the stages it finished in the log.
            System.out.printf("Ступень %,d задач: список p50/p95 %.0f/%.0f мс, число p50/p95 %.0f/%.0f мс, %.1f мс на "
                    + "экземпляр, база %.0f МиБ%n", size, list[0], list[1], count[0], count[1], stage.millisPerInstance(),
                    stage.databaseMegabytes());
        }
        report(stages, commitsPerSecond, profiles);
    }

    /** One reading as Tasklist makes it: the filter's list (or count) with its sorting, as HAL. */
    private HttpResponse<String> tasklist(WebappClient admin, String what) {
        JsonObjectBuilder query = Json.createObjectBuilder()
                .add("processVariables", Json.createArrayBuilder()).add("taskVariables", Json.createArrayBuilder())
                .add("caseInstanceVariables", Json.createArrayBuilder())
                .add("sorting", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sortBy", "created")
                        .add("sortOrder", "desc")));
        return admin.send("POST", ENGINE + "/filter/" + filterId(admin) + "/" + what, query.build().toString(), true,
                Map.of("Accept", what.equals("count") ? "application/json" : "application/hal+json"));
    }

    private String filterId;

    private String filterId(WebappClient admin) {
        if (filterId == null) {
            filterId = array(admin.get(ENGINE + "/filter?resourceType=Task&name="
                    + WebappClient.encode("Задачи моих групп"))).getJsonObject(0).getString("id");
        }
        return filterId;
    }

    /**
     * For a region run, the other colleges: each a tenant with one user in it, in no group, who may open Tasklist and
     * start verifications and nothing more, created as the operator would in Admin; the users, logged in. Empty for
     * one college.
     */
    private List<WebappClient> otherColleges(WebappClient operator) throws SQLException {
        List<WebappClient> starters = new ArrayList<>();
        for (int number = 2; number <= COLLEGES; number++) {
            String college = "region-college-" + number;
            String user = "region-starter-" + number;
            expectNoContent(operator.post(ENGINE + "/tenant/create", Json.createObjectBuilder().add("id", college)
                    .add("name", "Техникум № " + number).build()));
            expectNoContent(operator.post(ENGINE + "/user/create", Json.createObjectBuilder()
                    .add("profile", Json.createObjectBuilder().add("id", user).add("firstName", "Администратор")
                            .add("lastName", "Техникума № " + number).add("email", user + "@region.test"))
                    .add("credentials", Json.createObjectBuilder().add("password", "demo")).build()));
            expectNoContent(operator.put(ENGINE + "/tenant/" + college + "/user-members/" + user, "{}"));
            grant(operator, user, Resources.APPLICATION, "tasklist", "ACCESS");
            grant(operator, user, Resources.PROCESS_DEFINITION, "teacherVerification", "READ", "CREATE_INSTANCE");
            grant(operator, user, Resources.PROCESS_INSTANCE, "*", "CREATE");
            copyDeputysStaffRecord(college);
            starters.add(WebappClient.loggedIn(base, user));
        }
        return starters;
    }

    /**
     * The deputy in that college's staff list too, so that its verifications also end at the administrators' review
     * (with no staff list the rule refuses at once). Copied in the database: the upload of a staff list is not what
     * is measured here, and it would need an administrator account for each college.
     */
    private static void copyDeputysStaffRecord(String college) throws SQLException {
        try (Connection connection = serverDatabase(); PreparedStatement copy = connection.prepareStatement(
                "insert into sfw_person (id, version, college_id, role, external_key, full_name, search_name, email,"
                        + " phone, birth_date, group_id, position, pedagogical, status, updated_at)"
                        + " select ?, version, ?, role, external_key, full_name, search_name, email, phone, birth_date,"
                        + " group_id, position, pedagogical, status, updated_at from sfw_person"
                        + " where college_id = ? and role = 'STAFF' and full_name = ?")) {
            copy.setString(1, UUID.randomUUID().toString());
            copy.setString(2, college);
            copy.setString(3, Settings.COLLEGE_ID.get());
            copy.setString(4, DEPUTY);
            assertThat(copy.executeUpdate()).as("запись заместителя в кадровом списке " + college).isEqualTo(1);
        }
    }

    private static void grant(WebappClient operator, String user, Resources resource, String resourceId,
            String... permissions) {
        HttpResponse<String> created = operator.post(ENGINE + "/authorization/create", Json.createObjectBuilder()
                .add("type", Authorization.AUTH_TYPE_GRANT).add("userId", user)
                .add("resourceType", resource.resourceType()).add("resourceId", resourceId)
                .add("permissions", Json.createArrayBuilder(List.of(permissions))).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    private static void expectNoContent(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    /**
     * Verifications number {@code from} (inclusive) to {@code to}, from CLIENTS threads at once, each client its own
     * fresh login; in a region run, those beyond the administrator's own tasks by the other colleges in turn.
     */
    private void start(int from, int to, List<WebappClient> otherColleges) throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int first = from + client;
                started.add(clients.submit(() -> {
                    for (int i = first; i < to; i += CLIENTS) {
                        startOne(i < OWN_TASKS || otherColleges.isEmpty() ? admin
                                : otherColleges.get(i % otherColleges.size()), i);
                    }
                    return null;
                }));
            }
            for (Future<?> client : started) {
                client.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    /** One verification, as the start form sends it. */
    private static void startOne(WebappClient admin, int i) {
        Tasks.start(admin, "teacherVerification", Map.of("givenName", DEPUTY,
                "givenPhone", String.format("+7 902 %03d-%02d-%02d", i / 10_000, i / 100 % 100, i % 100)));
    }

    private static int openReviews(WebappClient operator) {
        return object(operator.get(ENGINE + "/task/count?processDefinitionKey=teacherVerification&taskDefinitionKey="
                + REVIEW)).getInt("count");
    }

    private static void waitForReviews(WebappClient operator, int count) {
        Eventually.within(Duration.ofMinutes(30), count + " задач «Подтвердить статус «учитель»»",
                () -> openReviews(operator), open -> open >= count);
    }

    /** p50, p95 in milliseconds over SAMPLES readings, after three unmeasured. */
    private static double[] measure(Supplier<HttpResponse<String>> reading) {
        return Readings.timed(reading, 3, SAMPLES);
    }

    /**
     * On PostgreSQL, the statistics autovacuum would have gathered by now in production: without them the planner plans
     * the lists for an almost empty database, which here had hidden a plan that takes 39 s (AuthorizationCheckTuning).
     */
    private static void analyzeLikeAutovacuum() throws SQLException {
        if (onPostgresql()) {
            try (Connection connection = serverDatabase(); Statement analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
        }
    }

    private record Stage(int tasks, double millisPerInstance, double[] list, double[] count, double heapMegabytes,
            double[] rss, double databaseMegabytes) {
    }

    private static void report(List<Stage> stages, double commitsPerSecond, List<String> profiles) {
        String database = BenchmarkReport.database();
        List<String> lines = new ArrayList<>(List.of(
                "# Tasklist при многих открытых задачах — " + database,
                "",
                "Список «Задачи моих групп» администратора Сферума, как его запрашивает Tasklist: первая страница (15, новые "
                        + "сверху) и число задач; по " + SAMPLES + " чтений после трёх пробных. Сервер -Xmx1g; "
                        + CLIENTS + " клиента запускают процессы одновременно."
                        + (COLLEGES > 1 ? String.format(" Регион: %d Техникумов на одном сервере; у Техникума "
                                + "администратора — первые %,d задач, остальные — задачи других Техникумов.", COLLEGES,
                                OWN_TASKS) : ""),
                "",
                "| открытых задач | список p50, мс | список p95, мс | число p50, мс | число p95, мс | мс на экземпляр"
                        + " (последние " + COSTED + ") | экземпляров в секунду | куча, МиБ | RSS, МиБ | пик RSS, МиБ"
                        + " | база на диске, МиБ |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (Stage stage : stages) {
            lines.add(String.format("| %,d | %.0f | %.0f | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | %.0f | %,.0f |",
                    stage.tasks(), stage.list()[0], stage.list()[1], stage.count()[0], stage.count()[1],
                    stage.millisPerInstance(), 1000 / stage.millisPerInstance(), stage.heapMegabytes(), stage.rss()[0],
                    stage.rss()[1], stage.databaseMegabytes()));
        }
        Stage first = stages.get(0);
        Stage last = stages.get(stages.size() - 1);
        double listRatio = last.list()[1] / first.list()[1];
        double costRatio = last.millisPerInstance() / first.millisPerInstance();
        lines.addAll(List.of("",
                String.format("- p95 списка при %,d задач / при %,d: **%.2f** (цель — не больше 2).", last.tasks(),
                        first.tasks(), listRatio),
                String.format("- Стоимость экземпляра при %,d в базе / при %,d: **%.2f** (цель — не больше 1,3).",
                        last.tasks(), first.tasks(), costRatio),
                String.format("- Предел базы: %.0f фиксаций в секунду (цикл маленьких транзакций JDBC из JVM теста); "
                        + "запуск экземпляра — не меньше двух транзакций (запрос формы и асинхронный шаг), так что "
                        + "%.0f экземпляров в секунду — это %.0f %% предела.", commitsPerSecond,
                        1000 / last.millisPerInstance(), 100 * 2 * 1000 / last.millisPerInstance() / commitsPerSecond),
                ""));
        if (!profiles.isEmpty()) {
            lines.add("## Где сервер тратил время (Flight Recorder, доля выборок, на которых метод есть в стеке)");
            lines.add("");
            lines.add("```");
            lines.addAll(profiles);
            lines.add("```");
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("database", database);
        BenchmarkReport.figure(json, "rawCommitsPerSecond", commitsPerSecond);
        BenchmarkReport.figure(json, "listP95Ratio", listRatio);
        BenchmarkReport.figure(json, "costRatio", costRatio);
        var rows = Json.createArrayBuilder();
        for (Stage stage : stages) {
            JsonObjectBuilder row = Json.createObjectBuilder().add("openTasks", stage.tasks());
            BenchmarkReport.figure(row, "listP50Ms", stage.list()[0]);
            BenchmarkReport.figure(row, "listP95Ms", stage.list()[1]);
            BenchmarkReport.figure(row, "countP50Ms", stage.count()[0]);
            BenchmarkReport.figure(row, "countP95Ms", stage.count()[1]);
            BenchmarkReport.figure(row, "msPerInstance", stage.millisPerInstance());
            BenchmarkReport.figure(row, "heapMiB", stage.heapMegabytes());
            BenchmarkReport.figure(row, "rssMiB", stage.rss()[0]);
            BenchmarkReport.figure(row, "peakRssMiB", stage.rss()[1]);
            BenchmarkReport.figure(row, "databaseMiB", stage.databaseMegabytes());
            rows.add(row);
        }
        json.add("colleges", COLLEGES);
        BenchmarkReport.write(COLLEGES > 1 ? "tasklist-region" : "tasklist", String.join("\n", lines),
                json.add("stages", rows).build());
    }
}
