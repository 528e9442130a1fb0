package ru.sferumworkflow.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * The director's appointments against the provisioned server, with the demo users: an additional platform
 * administrator from among the verified teachers (and the removal), and a distribution of class teachers entered
 * as a CSV file or in the Tasklist form, approved as a whole, attached group by group.
 */
class AppointmentsIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String ADMINISTRATOR = "platformAdministrator";

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
    void aVerifiedTeacherBecomesAnAdditionalAdministratorWithTheDirectorsApprovalAndLeavesTheSameWay() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient director = WebappClient.loggedIn(base, "director");
        Map<String, String> appoint = Map.of("change", "appoint", "person", "pavlov@college.example",
                "reason", "Ведёт чаты мастеров производственного обучения");
        assertThat(WebappClient.loggedIn(base, "teacher").get("sferum/api/roster/imports").statusCode()).isEqualTo(403);

        // Only administrators propose; only a teacher with a verified status may be proposed.
        assertThat(WebappClient.loggedIn(base, "curator").post(startUrl(ADMINISTRATOR), form(appoint)).statusCode())
                .isIn(403, 404);
        HttpResponse<String> unverified = admin.post(startUrl(ADMINISTRATOR), form(appoint));
        assertThat(unverified.statusCode()).isEqualTo(400);
        assertThat(object(unverified).getString("message")).contains("статус не подтверждён");
        HttpResponse<String> accountant = admin.post(startUrl(ADMINISTRATOR), form(Map.of("change", "appoint",
                "person", "orlov@college.example", "reason", "Помогает")));
        assertThat(accountant.statusCode()).isEqualTo(400);
        assertThat(object(accountant).getString("message")).contains("нет учётной записи");

        String verification = Tasks.start(admin, "teacherVerification", Map.of("givenName", "Павлов Дмитрий Игоревич",
                "givenEmail", "pavlov@college.example"));
        Tasks.complete(admin, Tasks.only(admin, verification, "Подтвердить статус в Сферуме"),
                Map.of("confirmedOnPlatform", true));

        String instance = Tasks.start(admin, ADMINISTRATOR, appoint);
        JsonObject approval = Tasks.only(director, instance, "Утвердить назначение (снятие) администратора Сферума");
        assertThat(Tasks.variable(director, approval, "changeTitle")).isEqualTo("Назначить администратором Сферума");
        assertThat(Tasks.variable(director, approval, "personName")).isEqualTo("Павлов Дмитрий Игоревич");
        assertThat(Tasks.of(admin, instance)).isEmpty();
        Tasks.complete(director, approval, Map.of("directorDecision", "approve"));
        JsonObject apply = Tasks.only(admin, instance, "Назначить (снять) администратора в Сферуме");
        assertThat(Tasks.completing(admin, apply, Map.of("doneOnPlatform", false)).statusCode()).isEqualTo(400);
        Tasks.complete(admin, apply, Map.of("doneOnPlatform", true));

        // The person is in the administrators' group here too: a fresh login has the administrators' rights.
        assertThat(groupsOf("teacher")).contains("administrators");
        assertThat(WebappClient.loggedIn(base, "teacher").get("sferum/api/roster/imports").statusCode()).isEqualTo(200);
        HttpResponse<String> again = admin.post(startUrl(ADMINISTRATOR), form(appoint));
        assertThat(object(again).getString("message")).contains("уже администратор");

        // Removal goes the same way; a refusal needs a comment and changes nothing.
        Map<String, String> remove = Map.of("change", "remove", "person", "Павлов Дмитрий Игоревич",
                "reason", "Переходит на другую работу");
        String refused = Tasks.start(admin, ADMINISTRATOR, remove);
        JsonObject decision = Tasks.only(director, refused, "Утвердить назначение (снятие) администратора Сферума");
        HttpResponse<String> noComment = Tasks.completing(director, decision, Map.of("directorDecision", "refuse"));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(object(noComment).getString("message")).contains("почему отказано");
        Tasks.complete(director, decision, Map.of("directorDecision", "refuse", "directorComment", "Пусть доработает год"));
        assertThat(Tasks.ended(admin, refused)).isTrue();
        assertThat(groupsOf("teacher")).contains("administrators");

        String removal = Tasks.start(admin, ADMINISTRATOR, remove);
        Tasks.complete(director, Tasks.only(director, removal, "Утвердить назначение (снятие) администратора Сферума"),
                Map.of("directorDecision", "approve"));
        Tasks.complete(admin, Tasks.only(admin, removal, "Назначить (снять) администратора в Сферуме"),
                Map.of("doneOnPlatform", true));
        assertThat(groupsOf("teacher")).doesNotContain("administrators");
        assertThat(WebappClient.loggedIn(base, "teacher").get("sferum/api/roster/imports").statusCode()).isEqualTo(403);
    }

    @Test
    void aDistributionOfClassTeachersIsApprovedAsAWholeThenAttachedGroupByGroup() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        WebappClient director = WebappClient.loggedIn(base, "director");
        String a = "КР-" + ThreadLocalRandom.current().nextInt(100_000);
        String b = "КР-" + ThreadLocalRandom.current().nextInt(100_000, 200_000);
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + a + ";1\n" + b + ";2\n", Duration.ofSeconds(60));
        String groupA = groupId(admin, a);
        String volkova = personId(admin, "Волкова Елена Андреевна");
        String classChat = chat(admin, "CLASS", "Класс " + a, groupA, null);
        String subjectChat = chat(admin, "SUBJECT", "Математика " + a, groupA, volkova);

        // Every wrong line is named, and nothing is kept.
        HttpResponse<String> wrong = csv(deputy, "Группа;Классный руководитель\n" + a + ";Павлов Дмитрий Игоревич\n"
                + "НЕТ-1;Волкова Елена Андреевна\n" + a + ";Волкова Елена Андреевна\n" + b + ";Орлов Денис Андреевич\n");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(object(wrong).getString("message")).contains("Строка 3: действующей группы «НЕТ-1» нет",
                "Строка 4: группа «" + a + "» уже была выше", "Строка 5: классный руководитель — педагогический работник")
                .doesNotContain("Орлов");
        assertThat(csv(WebappClient.loggedIn(base, "teacher"), a + ";Павлов Дмитрий Игоревич\n").statusCode())
                .isEqualTo(403);

        HttpResponse<String> entered = csv(deputy, "Группа;Классный руководитель\n" + a + ";Павлов Дмитрий Игоревич\n"
                + b + ";volkova@college.example\n");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        String instance = object(entered).getString("processInstanceId");
        JsonObject approval = Tasks.only(director, instance, "Утвердить распределение классного руководства");
        assertThat(Tasks.variable(director, approval, "distributionTable")).contains(
                "**" + a + "** — Павлов Дмитрий Игоревич (сейчас не назначен)", "**" + b + "** — Волкова Елена Андреевна");
        Tasks.complete(director, approval, Map.of("directorDecision", "approve"));

        // One task per group for the administrators; the roster changes only when the platform is done.
        Eventually.within(Duration.ofSeconds(30), "задачи по группам", () -> Tasks.of(admin, instance),
                tasks -> tasks.size() == 2);
        for (JsonObject task : Tasks.of(admin, instance).getValuesAs(JsonObject.class)) {
            assertThat(task.getString("name")).isEqualTo("Прикрепить классного руководителя");
            assertThat(Tasks.completing(admin, task, Map.of("doneOnPlatform", false)).statusCode()).isEqualTo(400);
        }
        assertThat(classTeacherOf(admin, a)).isEqualTo("—");
        for (JsonObject task : Tasks.of(admin, instance).getValuesAs(JsonObject.class)) {
            Tasks.complete(admin, task, Map.of("doneOnPlatform", true));
        }
        assertThat(classTeacherOf(admin, a)).isEqualTo("Павлов Дмитрий Игоревич");
        assertThat(classTeacherOf(admin, b)).isEqualTo("Волкова Елена Андреевна");
        assertThat(moderatorOf(admin, classChat)).isEqualTo("Павлов Дмитрий Игоревич");
        assertThat(moderatorOf(admin, subjectChat)).isEqualTo("Волкова Елена Андреевна");
        assertThat(Tasks.ended(admin, instance)).isTrue();

        // From the Tasklist form; the director refuses with a comment, and nothing changes.
        String refused = Tasks.start(director, AppointmentVariables.DISTRIBUTION_PROCESS,
                Map.of("distribution", b + "\tПавлов Дмитрий Игоревич"));
        Tasks.complete(director, Tasks.only(director, refused, "Утвердить распределение классного руководства"),
                Map.of("directorDecision", "refuse", "directorComment", "Павлов уже ведёт группу " + a));
        assertThat(Tasks.ended(admin, refused)).isTrue();
        assertThat(classTeacherOf(admin, b)).isEqualTo("Волкова Елена Андреевна");
    }

    private static String startUrl(String processKey) {
        return ENGINE + "/process-definition/key/" + processKey + "/submit-form";
    }

    private java.util.List<String> groupsOf(String user) {
        return array(WebappClient.loggedIn(base, "operator", "cockpit").get(ENGINE + "/group?member=" + user))
                .getValuesAs(JsonObject.class).stream().map(group -> group.getString("id")).toList();
    }

    private static HttpResponse<String> csv(WebappClient user, String text) {
        return user.post("sferum/api/class-teachers", text.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static String groupId(WebappClient admin, String code) {
        return group(admin, code).getString("id");
    }

    private static JsonObject group(WebappClient admin, String code) {
        return array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static String classTeacherOf(WebappClient admin, String code) {
        JsonObject group = group(admin, code);
        return group.isNull("classTeacher") ? "—" : group.getJsonObject("classTeacher").getString("fullName");
    }

    private static String personId(WebappClient admin, String fullName) {
        return object(admin.get("sferum/api/roster/persons?q=" + WebappClient.encode(fullName))).getJsonArray("items")
                .getJsonObject(0).getString("id");
    }

    private static String chat(WebappClient admin, String kind, String title, String groupId, String moderatorId) {
        var request = Json.createObjectBuilder().add("kind", kind).add("title", title).add("groupId", groupId);
        if (kind.equals("SUBJECT")) {
            request.add("subject", "Математика");
        }
        if (moderatorId != null) {
            request.add("moderatorId", moderatorId);
        }
        HttpResponse<String> created = admin.post("sferum/api/chats", request.build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created).getString("id");
    }

    private static String moderatorOf(WebappClient admin, String chatId) {
        JsonObject chat = array(admin.get("sferum/api/chats")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("id").equals(chatId)).findFirst().orElseThrow();
        return chat.isNull("moderatorName") ? "—" : chat.getString("moderatorName");
    }
}
