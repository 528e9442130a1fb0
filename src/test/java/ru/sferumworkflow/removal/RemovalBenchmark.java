package ru.sferumworkflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.BenchmarkReport;
import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.CollegeFiles;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * «Удаление из чатов» at size, over HTTP against the provisioned server: a student who sits in 20 chats with two
 * parents is expelled; then 300 graduates at once (two parents each, a students' and a parents' chat per group).
 * Each removal runs to its end: the event is entered, every task is confirmed as an administrator would, the summary
 * goes out. Prints the time per person and writes it to target/benchmark/removal-*.md and .json.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=RemovalBenchmark} (size: -Dbenchmark.graduates=300).
 */
class RemovalBenchmark extends ServerTest {

    private static final int GRADUATES = Integer.getInteger("benchmark.graduates", 300);
    private static final int CHATS = 20;
    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String API = "sferum/api/";

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
    void aStudentInTwentyChatsThenThreeHundredGraduates() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        List<Case> cases = List.of(oneStudentInManyChats(admin), graduation(admin));
        List<String> report = new ArrayList<>();
        report.add("# Удаление из чатов: обучающийся в " + CHATS + " чатах с двумя родителями; " + GRADUATES + " выпускников");
        report.add("");
        report.add("База данных: " + BenchmarkReport.database()
                + "; все задачи подтверждает администратор через REST, по одной; итог уходит письмом.");
        report.add("");
        report.add("| случай | людей | задач | ввод события, мс/чел. | подтверждение, мс/задачу | всего, с | на человека, с |");
        report.add("|---|---:|---:|---:|---:|---:|---:|");
        JsonArrayBuilder figures = Json.createArrayBuilder();
        for (Case removal : cases) {
            report.add("| " + removal.title() + " | " + removal.people() + " | " + removal.tasks() + " | "
                    + String.format("%.0f", removal.enteredMillis() / removal.people()) + " | "
                    + String.format("%.0f", removal.confirmedMillis() / removal.tasks()) + " | "
                    + String.format("%.1f", removal.totalSeconds()) + " | "
                    + String.format("%.2f", removal.totalSeconds() / removal.people()) + " |");
            figures.add(Json.createObjectBuilder().add("case", removal.title()).add("people", removal.people())
                    .add("tasks", removal.tasks()).add("enterMsPerPerson", removal.enteredMillis() / removal.people())
                    .add("confirmMsPerTask", removal.confirmedMillis() / removal.tasks())
                    .add("totalSeconds", removal.totalSeconds()));
        }
        BenchmarkReport.write("removal", String.join("\n", report) + "\n", Json.createObjectBuilder()
                .add("database", BenchmarkReport.database()).add("cases", figures).build());
    }

    /** One case as measured: the events entered, every task confirmed, every removal ended. */
    private record Case(String title, int people, int tasks, double enteredMillis, double confirmedMillis,
            double totalSeconds) {
    }

    private Case oneStudentInManyChats(WebappClient admin) {
        String code = "БН-" + ThreadLocalRandom.current().nextInt(1_000_000);
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;ФИО родителя 1;E-mail родителя 1;"
                + "ФИО родителя 2;E-mail родителя 2\n" + "Б-" + code + ";Многочатов Ян Ильич;"
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().minusYears(16)) + ";" + code
                + ";Многочатова Ия Львовна;ia-" + code + "@mail.test;Многочатов Илья Ильич;ii-" + code + "@mail.test\n",
                Duration.ofSeconds(60));
        String group = groupId(admin, code);
        JsonObject student = object(admin.get(API + "roster/persons?group=" + group)).getJsonArray("items").getJsonObject(0);
        List<String> parents = parentsOf(admin, student.getString("id"));
        for (int i = 0; i < CHATS; i++) {
            String chat = chat(admin, group, i == 0 ? "GROUP_PARENTS" : "SUBJECT", "Дисциплина " + i + " " + code);
            join(admin, student.getString("id"), chat, "STUDENT");
            if (i < 2) {
                parents.forEach(parent -> join(admin, parent, chat, "PARENT"));
            }
        }
        return timed(admin, "обучающийся в " + CHATS + " чатах, 2 родителя", List.of(student.getString("id")), "EXPULSION");
    }

    private Case graduation(WebappClient admin) {
        int groups = CollegeFiles.groupCount(GRADUATES);
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
        RosterUploads.loaded(admin, "STAFF", CollegeFiles.staff(20), Duration.ofMinutes(5));
        RosterUploads.loaded(admin, "GROUPS", CollegeFiles.groups(groups, 20), Duration.ofMinutes(5));
        RosterUploads.loaded(admin, "STUDENTS", CollegeFiles.students(GRADUATES), Duration.ofMinutes(10));
        List<String> graduates = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String group = groupId(admin, CollegeFiles.groupCode(g));
            String students = chat(admin, group, "GROUP_STUDENTS", "Обучающиеся " + CollegeFiles.groupCode(g) + " " + tag);
            String parentsChat = chat(admin, group, "GROUP_PARENTS", "Родители " + CollegeFiles.groupCode(g) + " " + tag);
            for (JsonObject student : object(admin.get(API + "roster/persons?size=200&status=ACTIVE&role=STUDENT&group="
                    + group)).getJsonArray("items").getValuesAs(JsonObject.class)) {
                join(admin, student.getString("id"), students, "STUDENT");
                parentsOf(admin, student.getString("id")).forEach(parent -> join(admin, parent, parentsChat, "PARENT"));
                graduates.add(student.getString("id"));
            }
        }
        assertThat(graduates).hasSize(GRADUATES);
        return timed(admin, GRADUATES + " выпускников сразу, по 2 родителя", graduates, "GRADUATION");
    }

    /** Enters the events one after another, then confirms every task, then waits until every removal has ended. */
    private Case timed(WebappClient admin, String title, List<String> people, String kind) {
        long start = System.nanoTime();
        List<String> instances = new ArrayList<>();
        for (String person : people) {
            HttpResponse<String> moved = admin.post(API + "roster/movements", Json.createObjectBuilder()
                    .add("personId", person).add("kind", kind).add("orderNumber", "99-в")
                    .add("orderDate", LocalDate.now().toString()).build());
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
            instances.add(object(moved).getString("processInstanceId"));
        }
        double entered = (System.nanoTime() - start) / 1e6;

        long confirming = System.nanoTime();
        int tasks = 0;
        for (String instance : instances) {
            for (JsonObject task : array(admin.get(ENGINE + "/task?processInstanceId=" + instance + "&name="
                    + encode("Удалить участника из чата"))).getValuesAs(JsonObject.class)) {
                HttpResponse<String> done = admin.post(ENGINE + "/task/" + task.getString("id") + "/complete",
                        form(Map.of("removedFromChat", true)));
                assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
                tasks++;
            }
        }
        double confirmed = (System.nanoTime() - confirming) / 1e6;
        for (String instance : instances) {
            Eventually.within(Duration.ofMinutes(5), "удаление завершено", () -> array(admin.get(ENGINE
                    + "/process-instance?processInstanceIds=" + instance)), found -> found.isEmpty());
        }
        double total = (System.nanoTime() - start) / 1e9;
        assertThat(tasks).isGreaterThanOrEqualTo(people.size());
        return new Case(title, people.size(), tasks, entered, confirmed, total);
    }

    private List<String> parentsOf(WebappClient admin, String student) {
        return object(admin.get(API + "roster/persons/" + student)).getJsonArray("parents").getValuesAs(JsonObject.class)
                .stream().map(parent -> parent.getJsonObject("person").getString("id")).toList();
    }

    private String groupId(WebappClient admin, String code) {
        return array(admin.get(API + "roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
    }

    private String chat(WebappClient admin, String group, String kind, String title) {
        var chat = Json.createObjectBuilder().add("kind", kind).add("title", title).add("groupId", group);
        if (kind.equals("SUBJECT")) {
            chat.add("subject", title);
        }
        HttpResponse<String> created = admin.post(API + "chats", chat.build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created).getString("id");
    }

    private void join(WebappClient admin, String person, String chat, String role) {
        HttpResponse<String> joined = admin.post(API + "chats/memberships", Json.createObjectBuilder()
                .add("personId", person).add("chatId", chat).add("role", role).build());
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    }
}
