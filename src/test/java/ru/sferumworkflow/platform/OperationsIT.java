package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * What an operator and an orchestrator read off a node: health on the management port (the database and the engine
 * among the readiness checks), and Prometheus metrics behind their token.
 */
class OperationsIT extends ServerTest {

    /** The management port of the test server (9990 + the tests' port offset of 100). */
    static final int MANAGEMENT_PORT = 10090;
    static final String METRICS_TOKEN = "it-metrics-token";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theNodeIsLiveAndReadyWithItsDatabaseAndEngine() throws Exception {
        HttpResponse<String> live = get("http://127.0.0.1:" + MANAGEMENT_PORT + "/health/live", null);
        assertThat(live.statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("http://127.0.0.1:" + MANAGEMENT_PORT + "/health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        List<String> up = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("status").equals("UP")).map(check -> check.getString("name")).toList();
        assertThat(up).contains("database", "process-engine");
    }

    @Test
    void metricsNeedTheirTokenAndShowTasksRequestsMailAndTheJvm() throws Exception {
        String url = base.toString() + "metrics";
        assertThat(get(url, null).statusCode()).isEqualTo(401);
        assertThat(get(url, "Bearer wrong").statusCode()).isEqualTo(401);
        WebappClient.anonymous(base);
        HttpResponse<String> metrics = get(url, "Bearer " + METRICS_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("sferum_open_tasks{process=\"appointmentOrder\"}",
                "sferum_http_requests_total{area=\"webapps\",status=\"2xx\"}", "sferum_incidents", "sferum_jobs_due",
                "sferum_mail_failures_total", "jvm_memory_used_bytes");
    }

    @Test
    void aFailingLetterIsCountedAndItsLogLinesCarryTheProcessInstance() throws Exception {
        // No mail server runs for this test: the letter of the verification's outcome fails and is retried.
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String instance = Tasks.start(admin, "teacherVerification", Map.of("givenName",
                "Нетакой Иван Петрович", "givenEmail", "nobody@mail.test"));
        String url = base.toString() + "metrics";
        Eventually.within(Duration.ofSeconds(60), "неудача отправки посчитана",
                () -> unchecked(() -> get(url, "Bearer " + METRICS_TOKEN).body()), body -> body.lines()
                        .anyMatch(line -> line.startsWith("sferum_mail_failures_total ") && !line.endsWith(" 0.0")));
        Path log = Path.of(System.getProperty("it.baseDir"), "log", "server.log");
        List<String> lines = Eventually.within(Duration.ofSeconds(30), "строка журнала об этом экземпляре",
                () -> unchecked(() -> Files.readAllLines(log)).stream().filter(line -> line.contains(instance)).toList(),
                found -> !found.isEmpty());
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("[college " + instance + "]", "Почтовый сервер"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("nobody@mail.test"));
    }

    /** A call that may throw, for {@link Eventually}. */
    private static <T> T unchecked(Callable<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
