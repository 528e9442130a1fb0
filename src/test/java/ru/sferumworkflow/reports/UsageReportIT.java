package ru.sferumworkflow.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * «Отчёт об использовании платформы» against the provisioned server, with the demo users: the schedule waits for
 * the first working day and starts one report per college and month; a report counts what this test did (a group
 * of its own, one student invited); the director reads it as a page and a PDF, sends it back with questions, the
 * administrator answers, the director reads; the readers are the director, administration, administrators, auditors.
 */
class UsageReportIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final String READ = "Ознакомиться с отчётом об использовании платформы";
    static final String ANSWER = "Ответить на вопросы директора по отчёту";

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
    void theScheduleStartsOneReportPerCollegeAndMonthOnTheFirstWorkingDay() {
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        JsonObject timer = scheduleTimer(operator);
        ZonedDateTime expected = new UsageReportSchedule(new WorkingDays()).next(ZonedDateTime.now(MOSCOW));
        assertThat(OffsetDateTime.parse(timer.getString("dueDate").replaceAll("(\\d\\d)(\\d\\d)$", "$1:$2"))
                .toInstant()).isEqualTo(expected.toInstant());

        // The operator fires it now, as the first working day would: last month's report starts, with its task.
        String month = YearMonth.now(MOSCOW).minusMonths(1).toString();
        execute(operator, timer);
        String businessKey = "usage-report:college:" + month;
        List<JsonObject> started = Eventually.within(Duration.ofSeconds(30), "отчёт за " + month,
                () -> array(operator.get(ENGINE + "/history/process-instance?processDefinitionKey=usageReport"
                        + "&processInstanceBusinessKey=" + businessKey)).getValuesAs(JsonObject.class),
                found -> found.size() == 1);
        WebappClient director = WebappClient.loggedIn(base, "director");
        Tasks.only(director, started.get(0).getString("id"), READ);

        // Fired again (a repeated timer, a retried job), it makes no second report of the same month.
        JsonObject next = scheduleTimer(operator);
        assertThat(next.getString("id")).isNotEqualTo(timer.getString("id"));
        execute(operator, next);
        assertThat(array(operator.get(ENGINE + "/history/process-instance?processDefinitionKey=usageReport"
                + "&processInstanceBusinessKey=" + businessKey))).hasSize(1);
    }

    @Test
    void theDirectorReadsTheMonthsFiguresAsAPageAndAPdfAndMayAskQuestionsFirst() throws IOException {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient director = WebappClient.loggedIn(base, "director");
        String code = invitedStudentOfItsOwnGroup(admin);

        HttpResponse<String> malformed = director.post(ENGINE + "/process-definition/key/usageReport/submit-form",
                form(Map.of("reportMonth", "октябрь")));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(object(malformed).getString("message")).contains("Укажите месяц в виде ГГГГ-ММ");
        assertThat(WebappClient.loggedIn(base, "teacher").post(ENGINE + "/process-definition/key/usageReport/submit-form",
                form(Map.of("reportMonth", YearMonth.now(MOSCOW).toString()))).statusCode()).isIn(403, 404);

        String instance = Tasks.start(director, "usageReport", Map.of("reportMonth", YearMonth.now(MOSCOW).toString()));
        JsonObject reading = Tasks.only(director, instance, READ);
        String reportId = Tasks.variable(director, reading, "reportId");
        JsonObject figures = object(director.get("sferum/api/reports/" + reportId)).getJsonObject("figures");
        JsonObject group = figures.getJsonArray("byGroup").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("name").equals(code)).findFirst().orElseThrow();
        assertThat(group.getInt("invited")).isEqualTo(1);
        assertThat(group.getInt("pending")).isEqualTo(1);
        assertThat(group.getInt("joined")).isZero();
        JsonObject students = figures.getJsonArray("byRole").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("name").equals("обучающийся")).findFirst().orElseThrow();
        assertThat(students.getInt("invited")).isGreaterThanOrEqualTo(1);

        HttpResponse<String> page = director.page("sferum/api/reports/" + reportId + "/page");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Отчёт об использовании платформы за ", "Приглашения по группам",
                "<td>" + code + "</td>", "Удаление из чатов ушедших", "class=\"fill invited\"", "width=device-width");
        HttpResponse<byte[]> pdf = director.download("sferum/api/reports/" + reportId + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Отчёт об использовании платформы", code,
                    "Подтверждение статуса «учитель»");
        }

        // Questions are required to send it back; the answer comes back to the director.
        HttpResponse<String> noQuestions = Tasks.completing(director, reading, Map.of("directorDecision", "questions"));
        assertThat(noQuestions.statusCode()).isEqualTo(400);
        assertThat(object(noQuestions).getString("message")).contains("Напишите вопросы администратору");
        Tasks.complete(director, reading, Map.of("directorDecision", "questions",
                "directorQuestions", "Почему в группе " + code + " никто не принят?"));
        JsonObject answer = Tasks.only(admin, instance, ANSWER);
        assertThat(Tasks.variable(admin, answer, "reportDiscussion")).contains("Вопросы директора", "никто не принят");
        assertThat(Tasks.completing(admin, answer, Map.of()).statusCode()).isEqualTo(400);
        Tasks.complete(admin, answer, Map.of("administratorAnswer", "Ссылка отправлена сегодня, срок ещё не вышел."));
        JsonObject again = Tasks.only(director, instance, READ);
        assertThat(Tasks.variable(director, again, "reportDiscussion")).contains("Ответ администратора", "срок ещё не вышел");

        // A second round of the longest questions and answers the forms take: the discussion the forms show keeps
        // its latest part, whatever a form sends for it; the report keeps every word.
        String longQuestion = "Ещё вопрос. " + "в".repeat(988);
        String longAnswer = "Ещё ответ. " + "о".repeat(976) + " конец ответа";
        Tasks.complete(director, again, Map.of("directorDecision", "questions", "directorQuestions", longQuestion,
                "reportDiscussion", "подменённый текст"));
        JsonObject secondAnswer = Tasks.only(admin, instance, ANSWER);
        Tasks.complete(admin, secondAnswer, Map.of("administratorAnswer", longAnswer, "reportDiscussion", "подмена"));
        JsonObject last = Tasks.only(director, instance, READ);
        String discussion = Tasks.variable(director, last, "reportDiscussion");
        assertThat(discussion).hasSizeLessThanOrEqualTo(3500).endsWith("конец ответа").doesNotContain("подмен");
        Tasks.complete(director, last, Map.of("directorDecision", "read"));
        assertThat(director.page("sferum/api/reports/" + reportId + "/page").body())
                .contains("Вопросы директора и ответы", "никто не принят", "срок ещё не вышел", "конец ответа");
        assertThat(Tasks.ended(director, instance)).isTrue();

        JsonObject listed = array(director.get("sferum/api/reports")).getValuesAs(JsonObject.class).stream()
                .filter(report -> report.getString("id").equals(reportId)).findFirst().orElseThrow();
        assertThat(listed.getString("readBy")).isEqualTo("director");
        assertThat(listed.getInt("questionRounds")).isEqualTo(2);
        assertThat(listed.getString("processInstanceId")).isEqualTo(instance);

        // Who reads: the director, the administration, the administrators, the auditors — nobody else.
        for (String reader : List.of("deputy", "sferum-admin", "auditor")) {
            assertThat(WebappClient.loggedIn(base, reader).get("sferum/api/reports/" + reportId).statusCode())
                    .as(reader).isEqualTo(200);
        }
        for (String other : List.of("teacher", "curator")) {
            assertThat(WebappClient.loggedIn(base, other).get("sferum/api/reports").statusCode()).as(other).isEqualTo(403);
            assertThat(WebappClient.loggedIn(base, other).page("sferum/api/reports/" + reportId + "/page").statusCode())
                    .as(other).isEqualTo(403);
        }
        assertThat(director.get("sferum/api/reports/no-such-report").statusCode()).isEqualTo(404);
        HttpResponse<String> listPage = WebappClient.loggedIn(base, "deputy").get("sferum/roster/reports.html");
        assertThat(listPage.statusCode()).isEqualTo(200);
        assertThat(listPage.body()).contains("../assets/reports.js", "Отчёты об использовании платформы")
                .doesNotContain("{{nonce}}");
        String trail = WebappClient.loggedIn(base, "auditor", "cockpit").get("sferum/api/audit/instances/" + instance
                + "/timeline").body();
        assertThat(trail).contains("USAGE_REPORT_MADE", "USAGE_REPORT_QUESTIONED", "USAGE_REPORT_ANSWERED",
                "USAGE_REPORT_READ");
    }

    /** A group of its own with one adult student, invited to the group's class chat; returns the group's code. */
    private static String invitedStudentOfItsOwnGroup(WebappClient admin) {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String code = "ОТ-" + n;
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";2\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n"
                + "О" + n + ";Отчётов Пётр Ильич;01.02.2005;" + code + ";report" + n + "@mail.test\n", Duration.ofSeconds(60));
        String groupId = array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "CLASS")
                .add("title", "Класс " + code).add("groupId", groupId).build())).getString("id");
        HttpResponse<String> issued = admin.post("sferum/api/invitations", Json.createObjectBuilder().add("chatId", chat)
                .add("role", "STUDENT").add("platformLink", "https://sferum.ru/invite/" + chat)
                .add("recipients", "ALL_STUDENTS").build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String invitation = object(issued).getString("id");
        Eventually.within(Duration.ofSeconds(30), "ссылка отправлена", () -> object(admin.get("sferum/api/invitations/"
                        + invitation)).getJsonArray("recipients").getJsonObject(0).getString("status"),
                status -> status.equals("SENT"));
        return code;
    }

    private static JsonObject scheduleTimer(WebappClient operator) {
        return Eventually.within(Duration.ofSeconds(30), "таймер расписания отчётов", () -> array(operator.get(ENGINE
                + "/job?processDefinitionKey=usageReportSchedule&timers=true")), jobs -> jobs.size() == 1)
                .getJsonObject(0);
    }

    private static void execute(WebappClient operator, JsonObject job) {
        HttpResponse<String> run = operator.post(ENGINE + "/job/" + job.getString("id") + "/execute", "{}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(204);
    }
}
