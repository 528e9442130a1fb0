package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Process instances and tasks over the engine's REST API, as Tasklist and Cockpit use it. */
public final class Tasks {

    private Tasks() {
    }

    /** Starts a process from its start form; returns the instance's id. */
    public static String start(WebappClient user, String processKey, Map<String, ?> values) {
        HttpResponse<String> started = user.post(ENGINE + "/process-definition/key/" + processKey + "/submit-form",
                form(values));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return object(started).getString("id");
    }

    /** The one task of that name in the instance that the user sees, waiting for it a while. */
    public static JsonObject only(WebappClient user, String instance, String name) {
        return Eventually.within(Duration.ofSeconds(30), "задача «" + name + "»", () -> array(user.get(ENGINE
                + "/task?processInstanceId=" + instance + "&name=" + encode(name))), tasks -> tasks.size() == 1)
                .getJsonObject(0);
    }

    public static JsonArray of(WebappClient user, String instance) {
        return array(user.get(ENGINE + "/task?processInstanceId=" + instance));
    }

    /**
     * The instance's tasks that wait for that user — assigned to them or offered to their groups, as their Tasklist
     * filters show them — not every task they may read (groups following a process read all its open tasks).
     */
    public static List<String> waitingFor(WebappClient user, String userId, String instance) {
        List<String> names = new ArrayList<>();
        for (String whose : List.of("assignee=" + userId, "candidateUser=" + userId + "&includeAssignedTasks=true")) {
            for (JsonObject task : array(user.get(ENGINE + "/task?processInstanceId=" + instance + "&" + whose))
                    .getValuesAs(JsonObject.class)) {
                if (!names.contains(task.getString("name"))) {
                    names.add(task.getString("name"));
                }
            }
        }
        return names;
    }

    public static void complete(WebappClient user, JsonObject task, Map<String, ?> values) {
        HttpResponse<String> done = completing(user, task, values);
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    }

    /** Completes the task and returns the answer as it is, for tests of refusals. */
    public static HttpResponse<String> completing(WebappClient user, JsonObject task, Map<String, ?> values) {
        return user.post(ENGINE + "/task/" + task.getString("id") + "/complete", form(values));
    }

    /** A task's variable as the form shows it. */
    public static String variable(WebappClient user, JsonObject task, String name) {
        return object(user.get(ENGINE + "/task/" + task.getString("id") + "/variables/" + name)).getString("value");
    }

    /** Runs a job (a timer, an asynchronous step) of the instance now, as an operator would from Cockpit. */
    public static void runJob(WebappClient operator, String instance, String activityId) {
        JsonArray jobs = Eventually.within(Duration.ofSeconds(30), "задание " + activityId, () -> array(operator.get(
                ENGINE + "/job?processInstanceId=" + instance + "&activityId=" + activityId)), found -> found.size() == 1);
        HttpResponse<String> run = operator.post(ENGINE + "/job/" + jobs.getJsonObject(0).getString("id") + "/execute", "{}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(204);
    }

    /** Makes a job (a timer) due now, as an operator would in Cockpit; the job executor then runs it. */
    public static void dueNow(WebappClient operator, String jobId) {
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(OffsetDateTime.now());
        HttpResponse<String> due = operator.put(ENGINE + "/job/" + jobId + "/duedate",
                Json.createObjectBuilder().add("duedate", now).build().toString());
        assertThat(due.statusCode()).as(due.body()).isEqualTo(204);
    }

    /** Whether the instance has finished, as its history says. */
    public static boolean ended(WebappClient reader, String instance) {
        JsonObject history = object(reader.get(ENGINE + "/history/process-instance/" + instance));
        return "COMPLETED".equals(history.getString("state", ""));
    }
}
