package ru.sferumworkflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * «Приказ о назначении администратора Сферума» against the provisioned server, over HTTP as Tasklist does it:
 * the deputy starts it with the form, the director returns and then approves, the order row shows the decision,
 * and an auditor reads the history but can change nothing.
 */
public class AppointmentOrderIT extends ServerTest {

    private static final String START = ENGINE + "/process-definition/key/appointmentOrder/submit-form";

    @Test
    void theDeputyDraftsTheDirectorReturnsThenApprovesAndTheOrderIsRecorded() {
        String number = uniqueNumber();
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");

        HttpResponse<String> started = deputy.post(START, form(draft(number)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = object(started).getString("id");
        assertThat(object(started).getString("tenantId")).isEqualTo("college");

        WebappClient director = WebappClient.loggedIn(base, "director");
        JsonObject approval = onlyTask(director, instance);
        assertThat(taskIdsInFilter(director, "Задачи моих групп")).as("the director's filter shows it")
                .contains(approval.getString("id"));
        assertThat(taskIdsInFilter(WebappClient.loggedIn(base, "teacher"), "Задачи моих групп"))
                .doesNotContain(approval.getString("id"));
        assertThat(approval.getString("name")).isEqualTo("Утвердить приказ о назначении администратора");
        JsonObject shown = object(director.get(ENGINE + "/task/" + approval.getString("id") + "/form-variables"));
        assertThat(shown.getJsonObject("adminPhone").getString("value")).isEqualTo("+79123456789");
        assertThat(shown.getJsonObject("adminFullName").getString("value")).isEqualTo("Кузнецова Анна Сергеевна");

        HttpResponse<String> noComment = director.post(submit(approval), form(Map.of("directorDecision", "return")));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(object(noComment).getString("message")).contains("Напишите комментарий");

        assertThat(director.post(submit(approval), form(Map.of("directorDecision", "return",
                "directorComment", "Укажите полную должность"))).statusCode()).isEqualTo(204);
        assertThat(order(director, number).getString("status")).isEqualTo("RETURNED");

        JsonObject rework = onlyTask(deputy, instance);
        assertThat(taskIdsInFilter(deputy, "Мои задачи")).contains(rework.getString("id"));
        assertThat(rework.getString("name")).isEqualTo("Доработать проект приказа");
        assertThat(rework.getString("assignee")).isEqualTo("deputy");
        assertThat(object(deputy.get(ENGINE + "/task/" + rework.getString("id") + "/form-variables"))
                .getJsonObject("directorComment").getString("value")).isEqualTo("Укажите полную должность");
        Map<String, String> revised = new java.util.HashMap<>(draft(number));
        revised.put("adminPosition", "преподаватель информатики высшей категории");
        assertThat(deputy.post(submit(rework), form(revised)).statusCode()).isEqualTo(204);

        JsonObject secondApproval = onlyTask(director, instance);
        assertThat(director.post(submit(secondApproval), form(Map.of("directorDecision", "approve"))).statusCode())
                .isEqualTo(204);

        JsonObject row = order(director, number);
        assertThat(row.getString("status")).isEqualTo("APPROVED");
        assertThat(row.getString("statusTitle")).isEqualTo("Утверждён");
        assertThat(row.getString("decidedBy")).isEqualTo("director");
        assertThat(row.getString("decidedAt")).isNotBlank();
        assertThat(row.getString("adminPosition")).isEqualTo("преподаватель информатики высшей категории");
        assertThat(row.getString("draftedBy")).isEqualTo("deputy");

        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        JsonObject history = Eventually.within(Duration.ofSeconds(60), "the order's PDF is stored and the process ends",
                () -> object(auditor.get(ENGINE + "/history/process-instance/" + instance)),
                found -> found.getString("state").equals("COMPLETED"));
        assertThat(history.getString("startUserId")).isEqualTo("deputy");
        assertThat(array(auditor.get(ENGINE + "/history/activity-instance?processInstanceId=" + instance
                + "&activityId=orderApproved"))).hasSize(1);
        JsonArray tasks = array(auditor.get(ENGINE + "/history/task?processInstanceId=" + instance
                + "&sortBy=startTime&sortOrder=asc"));
        assertThat(tasks.getValuesAs(JsonObject.class).stream()
                .map(task -> task.getString("taskDefinitionKey") + ":" + task.getString("assignee")).toList())
                .containsExactly("approveOrder:director", "reworkOrder:deputy", "approveOrder:director");
    }

    @Test
    void aBadFormIsRefusedWithWhatToFixAndStartsNothing() {
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        String number = uniqueNumber();
        Map<String, String> bad = new java.util.HashMap<>(draft(number));
        bad.put("adminPhone", "12-34");
        bad.put("adminFullName", "Anna K.");

        HttpResponse<String> refused = deputy.post(START, form(bad));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getString("message"))
                .contains("Телефон администратора: мобильный номер из 11 цифр")
                .contains("ФИО администратора");
        WebappClient director = WebappClient.loggedIn(base, "director");
        assertThat(array(director.get("sferum/api/orders?number=" + encode(number)))).isEmpty();
        assertThat(array(director.get(ENGINE + "/task?processVariables=orderNumber_eq_" + encode(number)))).isEmpty();
    }

    @Test
    void anAuditorReadsTheHistoryButCanNeitherCompleteNorClaimNorStart() {
        String number = uniqueNumber();
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        String instance = object(deputy.post(START, form(draft(number)))).getString("id");

        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        assertThat(object(auditor.get(ENGINE + "/history/process-instance/" + instance)).getString("state"))
                .isEqualTo("ACTIVE");
        assertThat(array(auditor.get(ENGINE + "/history/task?processInstanceId=" + instance))).hasSize(1);
        JsonObject task = onlyTask(WebappClient.loggedIn(base, "director"), instance);
        assertThat(array(auditor.get(ENGINE + "/history/variable-instance?processInstanceId=" + instance)))
                .isNotEmpty();
        assertThat(order(auditor, number).getString("status")).isEqualTo("DRAFT");

        assertThat(auditor.post(submit(task), form(Map.of("directorDecision", "approve"))).statusCode())
                .isEqualTo(403);
        assertThat(auditor.post(ENGINE + "/task/" + task.getString("id") + "/complete", "{}").statusCode())
                .isEqualTo(403);
        assertThat(auditor.post(ENGINE + "/task/" + task.getString("id") + "/claim", "{\"userId\": \"auditor\"}")
                .statusCode()).isEqualTo(403);
        assertThat(auditor.post(START, form(draft(uniqueNumber()))).statusCode()).isEqualTo(403);
        assertThat(auditor.post(ENGINE + "/task/" + task.getString("id") + "/comment/create",
                "{\"message\": \"проверено\"}").statusCode()).isEqualTo(403);
        String attachment = "--x\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nпроверка\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"content\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nпроверено\r\n--x--\r\n";
        assertThat(auditor.post(ENGINE + "/task/" + task.getString("id") + "/attachment/create",
                attachment.getBytes(java.nio.charset.StandardCharsets.UTF_8), "multipart/form-data; boundary=x")
                .statusCode()).isEqualTo(403);

        WebappClient director = WebappClient.loggedIn(base, "director");
        assertThat(onlyTask(director, instance).get("assignee").toString()).isEqualTo("null");
        assertThat(director.post(ENGINE + "/task/" + task.getString("id") + "/comment/create",
                "{\"message\": \"Посмотрю завтра\"}").statusCode()).as("the director may comment").isEqualTo(200);
    }

    @Test
    void theAdministrationFollowsTheDirectorsOpenTaskButCannotWorkOnIt() {
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        String instance = object(deputy.post(START, form(draft(uniqueNumber())))).getString("id");
        JsonObject task = onlyTask(WebappClient.loggedIn(base, "director"), instance);
        String id = task.getString("id");

        // The administration reads the order's whole history, and so its open task too…
        assertThat(object(deputy.get(ENGINE + "/task/" + id)).getString("name")).isEqualTo(task.getString("name"));
        // …but the task is the director's: no comment, no claim, no decision.
        assertThat(deputy.post(ENGINE + "/task/" + id + "/comment/create", "{\"message\": \"Согласовано\"}")
                .statusCode()).isEqualTo(403);
        assertThat(deputy.post(ENGINE + "/task/" + id + "/claim", "{\"userId\": \"deputy\"}").statusCode())
                .isEqualTo(403);
        assertThat(deputy.post(submit(task), form(Map.of("directorDecision", "approve"))).statusCode()).isEqualTo(403);
        assertThat(onlyTask(WebappClient.loggedIn(base, "director"), instance).get("assignee").toString())
                .isEqualTo("null");
    }

    @Test
    void onlyThoseWhoNeedThemSeeTheAdministratorsContacts() {
        String number = uniqueNumber();
        object(WebappClient.loggedIn(base, "deputy").post(START, form(draft(number))));

        for (String reader : List.of("director", "deputy", "sferum-admin", "auditor")) {
            assertThat(order(WebappClient.loggedIn(base, reader), number).getString("adminPhone")).as(reader)
                    .isEqualTo("+79123456789");
        }
        for (String other : List.of("teacher", "curator")) {
            assertThat(WebappClient.loggedIn(base, other).get("sferum/api/orders?number=" + encode(number))
                    .statusCode()).as(other).isEqualTo(403);
        }
        assertThat(WebappClient.anonymous(base).get("sferum/api/orders?number=" + encode(number)).statusCode())
                .isEqualTo(401);
    }

    /** The start form of «Приказ о назначении администратора Сферума», as a deputy fills it. */
    public static Map<String, String> draft(String number) {
        return Map.of(
                "orderNumber", number,
                "orderDate", LocalDate.now().toString(),
                "adminFullName", "Кузнецова  Анна Сергеевна",
                "adminPosition", "преподаватель информатики",
                "adminEmail", "A.Kuznetsova@college.ru",
                "adminPhone", "8 (912) 345-67-89");
    }

    private static String submit(JsonObject task) {
        return ENGINE + "/task/" + task.getString("id") + "/submit-form";
    }

    /** The tasks Tasklist shows the user in one of the application's filters. */
    private static List<String> taskIdsInFilter(WebappClient user, String filterName) {
        String filterId = array(user.get(ENGINE + "/filter?resourceType=Task")).getValuesAs(JsonObject.class).stream()
                .filter(filter -> filter.getString("name").equals(filterName))
                .findFirst().orElseThrow().getString("id");
        return array(user.post(ENGINE + "/filter/" + filterId + "/list?maxResults=1000", "{}"))
                .getValuesAs(JsonObject.class).stream().map(task -> task.getString("id")).toList();
    }

    private static JsonObject onlyTask(WebappClient user, String instance) {
        JsonArray tasks = array(user.get(ENGINE + "/task?processInstanceId=" + instance));
        assertThat(tasks).hasSize(1);
        return tasks.getJsonObject(0);
    }

    private static JsonObject order(WebappClient user, String number) {
        HttpResponse<String> response = user.get("sferum/api/orders?number=" + encode(number));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonArray orders = array(response);
        assertThat(orders).hasSize(1);
        return orders.getJsonObject(0);
    }

    private static String uniqueNumber() {
        return "ИТ-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
