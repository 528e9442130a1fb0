package ru.sferumworkflow.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.chats.TestChats;
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
        assertThat(Tasks.waitingFor(admin, "sferum-admin", instance)).isEmpty();
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
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String a = "КР-" + n;
        String b = "КС-" + n;
        // People of their own, so that the demo users' groups stay as they are for the other tests.
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + a + ";1\n" + b + ";2\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STAFF", "Табельный номер;ФИО;Должность;Педагогический работник;E-mail\n"
                + "К1-" + n + ";Первова Анна Ивановна;Преподаватель;да;first" + n + "@college.test\n"
                + "К2-" + n + ";Вторая Бэла Олеговна;Преподаватель;да;second" + n + "@college.test\n"
                + "К3-" + n + ";Счетова Вера Павловна;Бухгалтер;нет;third" + n + "@college.test\n", Duration.ofSeconds(60));
        String first = "first" + n + "@college.test";
        String second = "second" + n + "@college.test";
        String account = "kr" + n;
        createAccount(account, first);
        assertThat(admin.put("sferum/api/roster/persons/" + personId(admin, "Первова Анна Ивановна") + "/account",
                "{\"userId\": \"" + account + "\"}").statusCode()).isEqualTo(200);
        String groupA = groupId(admin, a);
        String classChat = TestChats.create(admin, "CLASS", "Класс " + a, groupA, null);
        String subjectChat = TestChats.create(admin, "SUBJECT", "Математика " + a, groupA, personId(admin, "Вторая Бэла Олеговна"));

        // Every wrong line is named, and nothing is kept.
        HttpResponse<String> wrong = csv(deputy, "Группа;Классный руководитель\n" + a + ";" + first + "\n"
                + "НЕТ-1;" + second + "\n" + a + ";" + second + "\n" + b + ";Счетова Вера Павловна\n");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(object(wrong).getString("message")).contains("Строка 3: такой действующей группы нет",
                "Строка 4: группа «" + a + "» уже была выше", "Строка 5: классный руководитель — педагогический работник")
                .doesNotContain("Счетова");
        assertThat(csv(WebappClient.loggedIn(base, "teacher"), a + ";" + first + "\n").statusCode()).isEqualTo(403);

        String instance = entered(csv(deputy, "Группа;Классный руководитель\n" + a + ";Первова Анна Ивановна\n"
                + b + ";" + second + "\n"));
        JsonObject approval = Tasks.only(director, instance, "Утвердить распределение классного руководства");
        assertThat(Tasks.variable(director, approval, "distributionTable")).contains(
                "**" + a + "** — Первова Анна Ивановна (сейчас не назначен)", "**" + b + "** — Вторая Бэла Олеговна");
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
        assertThat(classTeacherOf(admin, a)).isEqualTo("Первова Анна Ивановна");
        assertThat(classTeacherOf(admin, b)).isEqualTo("Вторая Бэла Олеговна");
        assertThat(moderatorOf(admin, classChat)).isEqualTo("Первова Анна Ивановна");
        assertThat(moderatorOf(admin, subjectChat)).isEqualTo("Вторая Бэла Олеговна");
        assertThat(groupsOf(account)).contains("class-teachers");
        assertThat(Tasks.ended(admin, instance)).isTrue();

        // From the Tasklist form; the director refuses with a comment, and nothing changes.
        String refused = Tasks.start(director, AppointmentVariables.DISTRIBUTION_PROCESS,
                Map.of("distribution", a + "\t" + second));
        JsonObject decision = Tasks.only(director, refused, "Утвердить распределение классного руководства");
        assertThat(Tasks.variable(director, decision, "distributionTable")).contains("(вместо: Первова Анна Ивановна)");
        Tasks.complete(director, decision, Map.of("directorDecision", "refuse", "directorComment", "Пусть ведёт год"));
        assertThat(Tasks.ended(admin, refused)).isTrue();
        assertThat(classTeacherOf(admin, a)).isEqualTo("Первова Анна Ивановна");

        // Approved: the former class teacher, who leads no other group, leaves the class teachers' group.
        String replaced = Tasks.start(director, AppointmentVariables.DISTRIBUTION_PROCESS,
                Map.of("distribution", a + "; " + second));
        Tasks.complete(director, Tasks.only(director, replaced, "Утвердить распределение классного руководства"),
                Map.of("directorDecision", "approve"));
        Tasks.complete(admin, Tasks.only(admin, replaced, "Прикрепить классного руководителя"),
                Map.of("doneOnPlatform", true));
        assertThat(classTeacherOf(admin, a)).isEqualTo("Вторая Бэла Олеговна");
        assertThat(moderatorOf(admin, classChat)).isEqualTo("Вторая Бэла Олеговна");
        assertThat(groupsOf(account)).doesNotContain("class-teachers");
    }

    @Test
    void aWholeCollegesDistributionByFileReachesTheDirectorInFullWhileTheFormRefusesWhatItCannotKeep() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient director = WebappClient.loggedIn(base, "director");
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String teacher = "whole" + n + "@college.test";
        RosterUploads.loaded(admin, "STAFF", "Табельный номер;ФИО;Должность;Педагогический работник;E-mail\n"
                + "К4-" + n + ";Целова Дарья Сергеевна;Преподаватель;да;" + teacher + "\n", Duration.ofSeconds(60));
        StringBuilder groups = new StringBuilder("Код группы;Курс\n");
        StringBuilder distribution = new StringBuilder("Группа;Классный руководитель\n");
        for (int i = 0; i < 120; i++) {
            groups.append("КЦ").append(i).append('-').append(n).append(";1\n");
            distribution.append("КЦ").append(i).append('-').append(n).append(';').append(teacher).append('\n');
        }
        RosterUploads.loaded(admin, "GROUPS", groups.toString(), Duration.ofSeconds(60));

        // 120 groups: the file is over 4,000 characters, the director's list twice that (a text variable keeps 4,000).
        String instance = entered(csv(admin, distribution.toString()));
        JsonObject decision = Tasks.only(director, instance, "Утвердить распределение классного руководства");
        String list = Tasks.variable(director, decision, "distributionTable")
                + Tasks.variable(director, decision, "distributionTable2")
                + Tasks.variable(director, decision, "distributionTable3");
        assertThat(Tasks.variable(director, decision, "distributionTable2")).isNotEmpty();
        assertThat(list.lines()).hasSize(120).allSatisfy(line -> assertThat(line).contains("Целова Дарья Сергеевна"));
        assertThat(list).contains("**КЦ0-" + n + "**", "**КЦ119-" + n + "**");
        Tasks.complete(director, decision, Map.of("directorDecision", "refuse", "directorComment", "Проверка объёма"));

        // The same list typed into the form is more than the engine keeps of a form's field: refused in Russian.
        HttpResponse<String> typed = director.post(startUrl(AppointmentVariables.DISTRIBUTION_PROCESS),
                form(Map.of("distribution", distribution.toString())));
        assertThat(typed.statusCode()).as(typed.body()).isEqualTo(400);
        assertThat(object(typed).getString("message")).contains("Распределение длиннее 4 000 знаков", "файлом CSV");
    }

    private void createAccount(String userId, String email) {
        HttpResponse<String> created = WebappClient.loggedIn(base, "operator", "cockpit").post(ENGINE + "/user/create",
                Json.createObjectBuilder().add("profile", Json.createObjectBuilder().add("id", userId)
                        .add("firstName", "Анна").add("lastName", "Первова").add("email", email))
                        .add("credentials", Json.createObjectBuilder().add("password", "Пароль-" + userId)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    }

    private static String entered(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return object(response).getString("processInstanceId");
    }

    private static String startUrl(String processKey) {
        return ENGINE + "/process-definition/key/" + processKey + "/submit-form";
    }

    private List<String> groupsOf(String user) {
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

    private static String moderatorOf(WebappClient admin, String chatId) {
        JsonObject chat = array(admin.get("sferum/api/chats")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("id").equals(chatId)).findFirst().orElseThrow();
        return chat.isNull("moderatorName") ? "—" : chat.getString("moderatorName");
    }
}
