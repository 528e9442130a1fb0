package ru.sferumworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.BenchmarkReport;
import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Readings;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;

/**
 * «Аудит» with a full history: about a million history rows from 50,000 instances of a real process («Подтверждение
 * статуса «учитель»» started by an administrator, decided by the decision table; every 2,500th one a review of a
 * demo deputy, so that one person has a trail of 20 processes), then the auditor's three readings — the list (first
 * page, a deep page, a filtered page), one instance's timeline, one person's trail — 30 times each: p50, p95, max.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=AuditBenchmark} (size: -Dbenchmark.instances=…).
 */
class AuditBenchmark extends ServerTest {

    private static final int INSTANCES = Integer.getInteger("benchmark.instances", 50_000);
    private static final int CLIENTS = 4;
    private static final int SAMPLES = 30;
    private static final String DEPUTY = "Морозов Сергей Викторович";
    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final List<String> HISTORY = List.of("process-instance", "activity-instance", "variable-instance",
            "detail", "task", "decision-instance", "job-log", "identity-link-log", "incident", "user-operation");

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
    void theAuditorsReadingsWithAMillionHistoryRows() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");

        long fillStart = System.nanoTime();
        fill(admin);
        // Asynchronous steps only: the timers of reviews left open (TasklistBenchmark's, in a run of all benchmarks
        // against one database) fall due in two working days.
        Eventually.within(Duration.ofMinutes(30), "асинхронные шаги выполнены", () -> object(operator.get(ENGINE
                + "/job/count?processDefinitionKey=teacherVerification&messages=true")).getInt("count"),
                count -> count == 0);
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        Map<String, Long> rows = historyRows(operator);
        long total = rows.values().stream().mapToLong(Long::longValue).sum();

        String deputy = object(admin.get("sferum/api/roster/persons?role=STAFF&q=" + encode(DEPUTY))).getJsonArray("items")
                .getJsonObject(0).getString("id");
        List<String> finished = array(auditor.get("sferum/api/audit/instances?process=teacherVerification"
                + "&state=COMPLETED&size=500&page=3")).getValuesAs(JsonObject.class).stream()
                .map(view -> view.getString("id")).toList();
        assertThat(finished).hasSize(500);

        Map<String, double[]> timings = new LinkedHashMap<>();
        timings.put("список, первая страница (50)", measure(() -> auditor.get("sferum/api/audit/instances?size=50")));
        timings.put("список, страница 200 (50)", measure(() -> auditor.get("sferum/api/audit/instances?size=50&page=200")));
        timings.put("список, процесс + состояние + период", measure(() -> auditor.get(
                "sferum/api/audit/instances?process=teacherVerification&state=COMPLETED&from=2020-01-01&to=2099-12-31&size=50")));
        timings.put("список по исходу (процесс + конечное событие)", measure(() -> auditor.get(
                "sferum/api/audit/instances?process=teacherVerification&outcome=verificationDone&size=50")));
        timings.put("список по человеку", measure(() -> auditor.get("sferum/api/audit/instances?person=" + deputy
                + "&size=50")));
        timings.put("ход экземпляра", measure(() -> auditor.get("sferum/api/audit/instances/"
                + finished.get(ThreadLocalRandom.current().nextInt(finished.size())) + "/timeline")));
        timings.put("схема с пройденным путём", measure(() -> auditor.get("sferum/api/audit/instances/"
                + finished.get(ThreadLocalRandom.current().nextInt(finished.size())) + "/diagram", "image/svg+xml")));
        timings.put("след человека (" + (INSTANCES + 2_499) / 2_500 + " проверок)", measure(() -> auditor.get(
                "sferum/api/audit/persons/" + deputy + "/trail")));
        report(fillSeconds, rows, total, timings);
        timings.forEach((what, figures) -> assertThat(figures[1]).as("p95 of " + what + ", ms").isLessThan(1000));
    }

    /** The instances, from CLIENTS threads at once: each start is one REST call, as the Tasklist form makes it. */
    private static void fill(WebappClient admin) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> started = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client;
            started.add(clients.submit(() -> {
                for (int i = first; i < INSTANCES; i += CLIENTS) {
                    if (i % 2_500 == 0) {
                        review(admin, i);
                    } else {
                        Tasks.start(admin, "teacherVerification", Map.of("givenName", "Проверкин Иван " + suffix(i),
                                "givenPhone", String.format("+7 900 %03d-%02d-%02d", i / 10_000, i / 100 % 100, i % 100)));
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : started) {
            client.get();
        }
        clients.shutdown();
    }

    /** The deputy with a phone the roster does not have: a review, refused. */
    private static void review(WebappClient admin, int i) {
        String instance = Tasks.start(admin, "teacherVerification", Map.of("givenName", DEPUTY,
                "givenPhone", String.format("+7 901 %03d-%02d-%02d", i / 10_000, i / 100 % 100, i % 100)));
        Tasks.complete(admin, Tasks.only(admin, instance, "Подтвердить статус «учитель»"),
                Map.of("statusDecision", "refuse", "statusReason", "Номер не его (замер " + i + ")"));
    }

    /** Letters only: a name of digits would be refused as a name. */
    private static String suffix(int i) {
        StringBuilder name = new StringBuilder();
        String letters = "абвгдежзиклмнопрстуфхцчшщэюя";
        int rest = i;
        do {
            name.append(letters.charAt(rest % letters.length()));
            rest /= letters.length();
        } while (rest > 0);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "ович";
    }

    private static Map<String, Long> historyRows(WebappClient operator) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String kind : HISTORY) {
            rows.put(kind, object(operator.get(ENGINE + "/history/" + kind + "/count")).getJsonNumber("count").longValue());
        }
        return rows;
    }

    /** p50, p95, max in milliseconds over SAMPLES readings, after one unmeasured. */
    private static double[] measure(Supplier<HttpResponse<String>> reading) {
        return Readings.timed(reading, 1, SAMPLES);
    }

    private static void report(double fillSeconds, Map<String, Long> rows, long total, Map<String, double[]> timings)
            throws Exception {
        String database = BenchmarkReport.database();
        List<String> lines = new ArrayList<>(List.of("# Аудит: " + INSTANCES + " экземпляров, " + total
                        + " строк истории", "", "База данных: " + database + "; сервер: -Xmx1g; " + CLIENTS
                        + " клиента REST одновременно.", "",
                String.format(Locale.ROOT, "Наполнение: %.0f с (%.0f экземпляров в секунду, с асинхронными шагами).",
                        fillSeconds, INSTANCES / fillSeconds), "", "| таблица истории | строк |", "|---|---:|"));
        rows.forEach((kind, count) -> lines.add("| " + kind + " | " + count + " |"));
        lines.addAll(List.of("", "| чтение проверяющего (" + SAMPLES + " раз) | p50, мс | p95, мс | max, мс |",
                "|---|---:|---:|---:|"));
        JsonObjectBuilder json = Json.createObjectBuilder().add("database", database).add("instances", INSTANCES)
                .add("historyRows", total).add("fillSeconds", fillSeconds);
        JsonObjectBuilder readings = Json.createObjectBuilder();
        timings.forEach((what, figures) -> {
            lines.add(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |", what, figures[0], figures[1], figures[2]));
            readings.add(what, Json.createObjectBuilder().add("p50", figures[0]).add("p95", figures[1])
                    .add("max", figures[2]));
        });
        BenchmarkReport.write("audit", String.join("\n", lines) + "\n", json.add("readings", readings).build());
    }
}
