package ru.sferumworkflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.BenchmarkReport;
import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerFigures;
import ru.sferumworkflow.platform.ServerProfile;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.CollegeFiles;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * «Удаление из чатов» at size, over HTTP against the provisioned server: a student who sits in 20 chats with two
 * parents is expelled; then 300 graduates at once (two parents each, a students' and a parents' chat per group).
 * Each removal runs to its end: the event is entered, every task is confirmed as an administrator would, the summary
 * goes out. The same removals on a bare engine with no-op steps, on a database of the same kind, give the ratio;
 * the server's heap after each case and its peak resident memory, and the database's raw commit rate, are reported
 * with them. Prints the time per person and writes it to target/benchmark/removal-*.md and .json.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=RemovalBenchmark} (size: -Dbenchmark.graduates=300; where the server
 * spends the graduation's time: -Dbenchmark.profile=true).
 */
class RemovalBenchmark extends ServerTest {

    private static final int GRADUATES = Integer.getInteger("benchmark.graduates", 300);
    private static final int CHATS = 20;
    private static final CollegeFiles COLLEGE = CollegeFiles.REMOVAL;
    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String API = "sferum/api/";
    private static final String REMOVAL_TASK = "Удалить участника из чата";

    static GreenMail mail;
    /** Where the server spent the graduation's time (with -Dbenchmark.profile=true). */
    private List<String> hottest = List.of();

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
    void aStudentInTwentyChatsThenThreeHundredGraduates() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        List<Case> cases = List.of(oneStudentInManyChats(admin), graduation(admin));
        List<Run> bare = bareRuns(cases);
        double commitsPerSecond = ServerFigures.rawCommitRate();
        List<String> report = new ArrayList<>();
        report.add("# Удаление из чатов: обучающийся в " + CHATS + " чатах с двумя родителями; " + GRADUATES + " выпускников");
        report.add("");
        report.add("База данных: " + BenchmarkReport.database() + "; сервер: -Xmx1g. Все задачи подтверждает администратор"
                + " через REST, по одной; итог уходит письмом. Голый движок — та же модель с пустыми шагами в JVM теста,"
                + " на базе того же рода, те же экземпляры с тем же числом задач (через Java API); "
                + BenchmarkReport.jobAcquisition() + ".");
        report.add("");
        report.add("| случай | людей | задач | ввод события, мс/чел. | подтверждение, мс/задачу | всего, с | на человека, с"
                + " | голый: ввод, мс/чел. | голый: подтверждение, мс/задачу | голый: всего, с | приложение / голый"
                + " | транзакций в секунду | куча после полной сборки, МиБ | пик RSS, МиБ |");
        report.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        JsonArrayBuilder figures = Json.createArrayBuilder();
        for (int i = 0; i < cases.size(); i++) {
            report.add(tableRow(cases.get(i), bare.get(i)));
            figures.add(jsonRow(cases.get(i), bare.get(i)));
        }
        Run graduates = cases.get(cases.size() - 1).run();
        report.add("");
        report.add("«Приложение / голый» — отношение пропускной способности (цель — не меньше 0,8). Транзакций — не меньше"
                + " одной на событие, одной на подтверждение и одной на итог.");
        report.add(String.format("Предел базы: %.0f фиксаций в секунду (цикл маленьких транзакций JDBC из JVM теста);"
                + " выпуск — %.0f транзакций в секунду, %.0f %% предела.", commitsPerSecond,
                graduates.commits() / graduates.totalSeconds(),
                100 * graduates.commits() / graduates.totalSeconds() / commitsPerSecond));
        if (!hottest.isEmpty()) {
            report.addAll(List.of("", "## Где сервер тратил время на выпуск (Flight Recorder)", "", "```"));
            report.addAll(hottest);
            report.add("```");
        }
        JsonObjectBuilder json = BenchmarkReport.withJobAcquisition(Json.createObjectBuilder()
                .add("database", BenchmarkReport.database()));
        BenchmarkReport.figure(json, "rawCommitsPerSecond", commitsPerSecond);
        BenchmarkReport.write("removal", String.join("\n", report) + "\n", json.add("cases", figures).build());
    }

    private static String tableRow(Case removal, Run bare) {
        Run app = removal.run();
        return String.format("| %s | %d | %d | %.0f | %.0f | %.1f | %.2f | %.0f | %.0f | %.1f | %.2f | %.0f | %.0f | %.0f |",
                removal.title(), removal.people(), app.tasks(), app.enteredMillis() / removal.people(),
                app.confirmedMillis() / app.tasks(), app.totalSeconds(), app.totalSeconds() / removal.people(),
                bare.enteredMillis() / removal.people(), bare.confirmedMillis() / app.tasks(), bare.totalSeconds(),
                bare.totalSeconds() / app.totalSeconds(), app.commits() / app.totalSeconds(), removal.heapMegabytes(),
                removal.peakRssMegabytes());
    }

    private static JsonObjectBuilder jsonRow(Case removal, Run bare) {
        Run app = removal.run();
        JsonObjectBuilder row = Json.createObjectBuilder().add("case", removal.title()).add("people", removal.people())
                .add("tasks", app.tasks()).add("enterMsPerPerson", app.enteredMillis() / removal.people())
                .add("confirmMsPerTask", app.confirmedMillis() / app.tasks()).add("totalSeconds", app.totalSeconds())
                .add("bareEnterMsPerPerson", bare.enteredMillis() / removal.people())
                .add("bareConfirmMsPerTask", bare.confirmedMillis() / app.tasks())
                .add("bareTotalSeconds", bare.totalSeconds()).add("ratioToBare", bare.totalSeconds() / app.totalSeconds())
                .add("transactionsPerSecond", app.commits() / app.totalSeconds());
        BenchmarkReport.figure(row, "heapAfterFullCollectionMiB", removal.heapMegabytes());
        BenchmarkReport.figure(row, "peakRssMiB", removal.peakRssMegabytes());
        return row;
    }

    /** One case as measured on the server, with the heap it left behind and the server's peak resident memory. */
    private record Case(String title, int people, Run run, double heapMegabytes, double peakRssMegabytes) {
    }

    /**
     * One run of removals to their end: how long the events took to enter, the tasks to confirm, and all of it until
     * the last removal ended; how many tasks each person's removal had.
     */
    private record Run(List<Integer> tasksPerPerson, double enteredMillis, double confirmedMillis, double totalSeconds) {

        int tasks() {
            return tasksPerPerson.stream().mapToInt(Integer::intValue).sum();
        }

        /** The fewest transactions the run takes: the event, each confirmation and the summary. */
        double commits() {
            return 2.0 * tasksPerPerson.size() + tasks();
        }
    }

    private Case oneStudentInManyChats(WebappClient admin) throws IOException {
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

    private Case graduation(WebappClient admin) throws IOException {
        int groups = CollegeFiles.groupCount(GRADUATES);
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
        RosterUploads.loaded(admin, "STAFF", COLLEGE.staff(20), Duration.ofMinutes(5));
        RosterUploads.loaded(admin, "GROUPS", COLLEGE.groups(groups, 20), Duration.ofMinutes(5));
        RosterUploads.loaded(admin, "STUDENTS", COLLEGE.students(GRADUATES), Duration.ofMinutes(10));
        List<String> graduates = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            String group = groupId(admin, COLLEGE.groupCode(g));
            String students = chat(admin, group, "GROUP_STUDENTS", "Обучающиеся " + COLLEGE.groupCode(g) + " " + tag);
            String parentsChat = chat(admin, group, "GROUP_PARENTS", "Родители " + COLLEGE.groupCode(g) + " " + tag);
            for (JsonObject student : object(admin.get(API + "roster/persons?size=200&status=ACTIVE&role=STUDENT&group="
                    + group)).getJsonArray("items").getValuesAs(JsonObject.class)) {
                join(admin, student.getString("id"), students, "STUDENT");
                parentsOf(admin, student.getString("id")).forEach(parent -> join(admin, parent, parentsChat, "PARENT"));
                graduates.add(student.getString("id"));
            }
        }
        assertThat(graduates).hasSize(GRADUATES);
        ServerProfile profile = ServerProfile.wanted() ? ServerProfile.start("removal-graduation") : null;
        Case graduation = timed(admin, GRADUATES + " выпускников сразу, по 2 родителя", graduates, "GRADUATION");
        hottest = profile == null ? List.of() : profile.stop("", 60);
        return graduation;
    }

    /** Enters the events one after another, then confirms every task, then waits until every removal has ended. */
    private Case timed(WebappClient admin, String title, List<String> people, String kind) throws IOException {
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
        List<Integer> tasks = new ArrayList<>();
        for (String instance : instances) {
            List<JsonObject> open = array(admin.get(ENGINE + "/task?processInstanceId=" + instance + "&name="
                    + encode(REMOVAL_TASK))).getValuesAs(JsonObject.class);
            for (JsonObject task : open) {
                HttpResponse<String> done = admin.post(ENGINE + "/task/" + task.getString("id") + "/complete",
                        form(Map.of("removedFromChat", true)));
                assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
            }
            tasks.add(open.size());
        }
        double confirmed = (System.nanoTime() - confirming) / 1e6;
        for (String instance : instances) {
            Eventually.within(Duration.ofMinutes(5), "удаление завершено", () -> array(admin.get(ENGINE
                    + "/process-instance?processInstanceIds=" + instance)), found -> found.isEmpty());
        }
        double total = (System.nanoTime() - start) / 1e9;
        assertThat(tasks).as("у каждого — задачи удаления").allSatisfy(count -> assertThat(count).isPositive());
        return new Case(title, people.size(), new Run(tasks, entered, confirmed, total),
                ServerFigures.heapAfterFullCollection(base), ServerFigures.residentMemory()[1]);
    }

    /**
     * The same removals through the model alone, on a database of the same kind as the server's: for each person an
     * instance with as many chats as the application's removal of that person had tasks; started, every task
     * confirmed, waited for to end — in the same order and the same three stretches as on the server.
     */
    private static List<Run> bareRuns(List<Case> cases) throws Exception {
        ProcessEngine engine = TestProcessEngine.bare("removal-benchmark-bare", new StubRemovalSteps().beans(),
                "processes/removal/member-removal.bpmn", "processes/removal/member-removal-task.form",
                "processes/removal/appoint-chat-moderator.form", "processes/removal/transfer-invitation.form");
        try {
            List<Run> runs = new ArrayList<>();
            for (Case removal : cases) {
                runs.add(bareRun(engine, removal.run().tasksPerPerson()));
            }
            return runs;
        } finally {
            engine.close();
        }
    }

    private static Run bareRun(ProcessEngine engine, List<Integer> tasksPerPerson) throws InterruptedException {
        long start = System.nanoTime();
        List<String> instances = new ArrayList<>();
        for (int tasks : tasksPerPerson) {
            String chats = IntStream.range(0, tasks).mapToObj(chat -> "c" + chat).collect(Collectors.joining(","));
            instances.add(engine.getRuntimeService().startProcessInstanceByKey("memberRemoval", Map.of("stubRemovals",
                    chats, "stubOrphans", "", RemovalVariables.TRANSFER_INVITES, "")).getId());
        }
        double entered = (System.nanoTime() - start) / 1e6;

        long confirming = System.nanoTime();
        for (String instance : instances) {
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance).taskName(REMOVAL_TASK)
                    .list()) {
                engine.getTaskService().complete(task.getId(), Map.of(RemovalVariables.REMOVED, true));
            }
        }
        double confirmed = (System.nanoTime() - confirming) / 1e6;
        Set<String> running = Set.copyOf(instances);
        while (engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(running).count() > 0) {
            Thread.sleep(50);
        }
        return new Run(tasksPerPerson, entered, confirmed, (System.nanoTime() - start) / 1e9);
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
