package ru.sferumworkflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * The two known holes of Camunda 7.24 CE, attacked for real over HTTP. Each attack would leave a trace
 * if it worked — a user in the database, a file on disk — and the test looks for that trace.
 */
class SecurityHolesIT extends ServerTest {

    @Test
    void nobodyCreatesAnAdministratorThroughTheAdminSetupEndpoint() {
        WebappClient stranger = WebappClient.anonymous(base);
        stranger.get("app/admin/default/");

        HttpResponse<String> attempt = stranger.post("api/admin/setup/default/user/create", """
                {"profile": {"id": "intruder", "firstName": "Чужой", "lastName": "Человек", "email": "x@example.org"},
                 "credentials": {"password": "intruder-password-1"}}""");

        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(object(attempt).getString("message")).contains("настройка через веб-интерфейс отключена");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "admin");
        assertThat(array(operator.get(ENGINE + "/user?id=intruder"))).isEmpty();
        assertThat(array(operator.get(ENGINE + "/user?memberOfGroup=camunda-admin")))
                .as("camunda-admin always has a direct member").isNotEmpty();
    }

    @Test
    void anExpressionInsideOrQueriesIsRefusedAndNeverRuns() throws Exception {
        Path trace = traceFile();
        HttpResponse<String> attempt = WebappClient.loggedIn(base, "teacher").post(ENGINE + "/task",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + commandExpression(trace) + "\"}]}");

        assertRefused(attempt, trace);
    }

    @Test
    void aJsonEscapedExpressionIsRefusedToo() throws Exception {
        Path trace = traceFile();
        String escaped = commandExpression(trace).replace("$", "\\u0024");
        HttpResponse<String> attempt = WebappClient.loggedIn(base, "teacher").post(ENGINE + "/task/count",
                "{\"orQueries\": [{\"candidateGroupExpression\": \"" + escaped + "\"}]}");

        assertRefused(attempt, trace);
    }

    @Test
    void aBodyInAnotherCharsetCannotSmuggleAnExpressionPastTheCheck() throws Exception {
        // In Shift_JIS the byte 0x81 swallows the backslash after it, so the REST layer would read «\u0024{»
        // as «${» where a UTF-8 reading sees an escaped backslash — the guard must not read it differently.
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        String filterId = array(teacher.get(ENGINE + "/filter?resourceType=Task")).getJsonObject(0).getString("id");
        Path trace = traceFile();
        byte[] prefix = "{\"orQueries\": [{\"candidateUserExpression\": \"".getBytes(StandardCharsets.US_ASCII);
        byte[] attack = ("\\u0024" + commandExpression(trace).substring(1) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 1 + attack.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0x81;
        System.arraycopy(attack, 0, body, prefix.length + 1, attack.length);

        HttpResponse<String> attempt = teacher.post(ENGINE + "/filter/" + filterId + "/list", body,
                "application/json;charset=Shift_JIS");

        assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(400);
        assertThat(object(attempt).getString("message")).contains("UTF-8");
        assertNeverRuns(trace);
    }

    @Test
    void expressionsInQueryParametersFiltersAndPathVariantsAreRefused() throws Exception {
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        Path trace = traceFile();
        String expression = commandExpression(trace);

        assertRefused(teacher.get(ENGINE + "/task?assigneeExpression=" + encode(expression)), trace);
        assertRefused(teacher.post(ENGINE + "/task;x=1/", "{\"orQueries\": [{\"assigneeExpression\": \""
                + expression.replace("${", "#{") + "\"}]}"), trace);
        assertRefused(teacher.post(ENGINE + "/filter/create", "{\"resourceType\": \"Task\", \"name\": \"x\","
                + " \"query\": {\"orQueries\": [{\"assigneeExpression\": \"" + expression + "\"}]}}"), trace);
        String filterId = array(teacher.get(ENGINE + "/filter?resourceType=Task")).getJsonObject(0).getString("id");
        assertRefused(teacher.post(ENGINE + "/filter/" + filterId + "/list",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + expression + "\"}]}"), trace);
    }

    @Test
    void ordinaryTaskQueriesStillWork() {
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        assertThat(teacher.post(ENGINE + "/task",
                "{\"orQueries\": [{\"assignee\": \"teacher\", \"candidateGroup\": \"teachers\"}]}").statusCode())
                .isEqualTo(200);
        assertThat(teacher.get(ENGINE + "/task/count?candidateGroup=teachers").statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> attempt, Path trace) {
        assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(400);
        assertThat(object(attempt).getString("message")).contains("выражения вида");
        assertNeverRuns(trace);
    }

    /** The command the expression would start runs in its own process: give it time to leave its trace. */
    private static void assertNeverRuns(Path trace) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertThat(trace).as("the expression must never run").doesNotExist();
            Thread.onSpinWait();
        }
    }

    private static Path traceFile() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "attack-traces")).toAbsolutePath();
        return folder.resolve(UUID.randomUUID().toString());
    }

    /** JUEL that, if the engine evaluated it, would create the trace file (checked against an unguarded WAR). */
    private static String commandExpression(Path trace) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + trace + "')}";
    }
}
