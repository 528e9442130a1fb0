package ru.sferumworkflow.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.chats.TestChats;
import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.MultipartBody;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * The system channels against the provisioned server, with the demo users: material refused at once for another
 * person's phone or a forbidden link, returned with a comment, resubmitted, published on its date, with a file and
 * the channel's calendar; a broadcast approved, announced in its audience's chats and in the channel, reminded by
 * mail, and reported by its host.
 */
class ChannelsIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
    void materialIsCheckedReturnedResubmittedAndPublishedOnItsDate() {
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String today = LocalDate.now().toString();
        Map<String, Object> request = new HashMap<>(Map.of("channel", "COLLEGE", "title", "Олимпиада по информатике",
                "body", "Приглашаем 1–2 курсы. Вопросы — Павлову: +7 912 345-67-89", "wishedDate", today));

        // Refused at once: another person's mobile number, a forbidden service, a teacher in the staff channel.
        HttpResponse<String> phone = teacher.post(start(ChannelVariables.PUBLICATION_PROCESS), form(request));
        assertThat(phone.statusCode()).isEqualTo(400);
        assertThat(object(phone).getString("message")).contains("номер мобильного телефона").doesNotContain("912");
        request.put("body", "Приглашаем 1–2 курсы. Чат олимпиады: https://t.me/olimp_college");
        HttpResponse<String> telegram = teacher.post(start(ChannelVariables.PUBLICATION_PROCESS), form(request));
        assertThat(telegram.statusCode()).isEqualTo(400);
        assertThat(object(telegram).getString("message")).contains("Telegram", "п. 8 Порядка");
        request.put("body", "Приглашаем 1–2 курсы в ауд. 12.");
        request.put("channel", "STAFF");
        HttpResponse<String> staff = teacher.post(start(ChannelVariables.PUBLICATION_PROCESS), form(request));
        assertThat(staff.statusCode()).isEqualTo(400);
        assertThat(object(staff).getString("message")).contains("педагоги — только в «Общешкольный канал»");
        assertThat(calendar(admin, "COLLEGE")).noneMatch(entry -> entry.getString("title").equals("Олимпиада по информатике"));

        // A user cannot put material into another college's queue by naming it at the start.
        request.put("channel", "COLLEGE");
        request.put("collegeId", "another-college");
        String elsewhere = Tasks.start(teacher, ChannelVariables.PUBLICATION_PROCESS, request);
        assertThat(object(WebappClient.loggedIn(base, "operator", "cockpit").get(ENGINE + "/process-instance/"
                + elsewhere)).getString("tenantId")).isEqualTo("college");
        request.remove("collegeId");

        // The administration brings material with a file over REST; a program is not a file for a channel.
        String title = "Собрание сотрудников " + ThreadLocalRandom.current().nextInt(1_000_000);
        HttpResponse<String> exe = multipart(deputy, Map.of("channel", "STAFF", "title", title,
                "body", "Собрание в пятницу в 15:00, актовый зал.", "wishedDate", today), "setup.exe",
                "application/x-msdownload", PDF);
        assertThat(exe.statusCode()).isEqualTo(400);
        assertThat(object(exe).getString("message")).contains("можно PDF, JPEG, PNG, DOCX или PPTX");
        HttpResponse<String> submitted = multipart(deputy, Map.of("channel", "STAFF", "title", title,
                "body", "Собрание в пятницу в 15:00, актовый зал. Пишите: ivanov@mail.test", "wishedDate", today),
                "повестка.pdf", "application/pdf", PDF);
        assertThat(submitted.statusCode()).isEqualTo(400);
        assertThat(object(submitted).getString("message")).contains("адрес электронной почты не Техникума");
        HttpResponse<String> created = multipart(deputy, Map.of("channel", "STAFF", "title", title,
                "body", "Собрание в пятницу, актовый зал.", "wishedDate", today), "повестка.pdf", "application/pdf", PDF);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String instance = object(created).getString("processInstanceId");
        String publication = object(created).getString("id");

        JsonObject review = Tasks.only(admin, instance, "Проверить материал для канала");
        String files = Tasks.variable(admin, review, "files");
        assertThat(files).contains("повестка.pdf", "/camunda/sferum/api/publications/" + publication + "/files/");
        String fileUrl = files.substring(files.indexOf("sferum/api/publications/"), files.indexOf(')'));
        assertThat(admin.download(fileUrl).body()).isEqualTo(PDF);
        assertThat(teacher.download(fileUrl).statusCode()).isEqualTo(404);
        assertThat(Tasks.completing(admin, review, Map.of("reviewDecision", "return")).statusCode()).isEqualTo(400);
        Tasks.complete(admin, review, Map.of("reviewDecision", "return", "reviewComment", "Укажите время собрания"));

        JsonObject revise = Tasks.only(deputy, instance, "Доработать материал");
        assertThat(revise.getString("assignee")).isEqualTo("deputy");
        assertThat(Tasks.variable(deputy, revise, "reviewComment")).isEqualTo("Укажите время собрания");
        Tasks.complete(deputy, revise, Map.of("revision", "resubmit", "title", title,
                "body", "Собрание в пятницу в 15:00, актовый зал.", "wishedDate", today));
        Tasks.complete(admin, Tasks.only(admin, instance, "Проверить материал для канала"),
                Map.of("reviewDecision", "publish"));

        // Its date is today: the task to publish comes at once — or, before 08:00 in the college, at 08:00; then the
        // test runs that timer as an operator would in Cockpit.
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        boolean waitsForTheMorning = array(operator.get(ENGINE + "/job?processInstanceId=" + instance
                + "&activityId=publicationDay")).getValuesAs(JsonObject.class).stream()
                .anyMatch(job -> OffsetDateTime.parse(job.getString("dueDate"),
                        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).isAfter(OffsetDateTime.now().plusSeconds(30)));
        if (waitsForTheMorning) {
            Tasks.runJob(operator, instance, "publicationDay");
        }
        JsonObject publish = Tasks.only(admin, instance, "Опубликовать в канале");
        assertThat(Tasks.completing(admin, publish, Map.of("published", false)).statusCode()).isEqualTo(400);
        Tasks.complete(admin, publish, Map.of("published", true));
        JsonObject entry = calendar(admin, "STAFF").stream().filter(found -> found.getString("id").equals(publication))
                .findFirst().orElseThrow();
        assertThat(entry.getString("status")).isEqualTo("PUBLISHED");
        assertThat(entry.getString("wishedDate")).isEqualTo(today);
        assertThat(entry.getString("channelTitle")).isEqualTo("Сотрудники");
    }

    @Test
    void anApprovedBroadcastIsAnnouncedRemindedAndReportedByItsHost() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        String code = "ТР-" + ThreadLocalRandom.current().nextInt(1_000_000);
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        String group = array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String pavlov = object(admin.get("sferum/api/roster/persons?q=" + WebappClient.encode("Павлов Дмитрий Игоревич")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        TestChats.create(admin, "CLASS", "Класс " + code, group, pavlov);
        TestChats.create(admin, "GROUP_PARENTS", code + ": родители", group, null);

        Map<String, Object> request = new HashMap<>(Map.of("topic", "Классный час: профессии IT",
                "startsOn", LocalDate.now().plusDays(5).toString(), "startsTime", "9:00", "forStudents", true,
                "forParents", true, "groupCodes", "", "host", "volkova@college.example"));
        HttpResponse<String> noGroups = deputy.post(start(ChannelVariables.BROADCAST_PROCESS), form(request));
        assertThat(noGroups.statusCode()).isEqualTo(400);
        assertThat(object(noGroups).getString("message")).contains("укажите коды групп");
        request.put("groupCodes", code);
        String instance = Tasks.start(deputy, ChannelVariables.BROADCAST_PROCESS, request);

        JsonObject approval = Tasks.only(deputy, instance, "Согласовать трансляцию");
        assertThat(Tasks.variable(deputy, approval, "broadcastText")).contains("Классный час", code,
                "Волкова Елена Андреевна");
        assertThat(Tasks.completing(deputy, approval, Map.of("broadcastDecision", "refuse")).statusCode()).isEqualTo(400);
        Tasks.complete(deputy, approval, Map.of("broadcastDecision", "approve"));

        // One announcement per audience chat, to its moderator (none → the group's class teacher → administrators),
        // and one in the channel for the administrators.
        JsonArray announcements = Eventually.within(Duration.ofSeconds(30), "объявления",
                () -> Tasks.of(operator, instance), found -> found.size() == 3);
        Map<String, String> assignees = new HashMap<>();
        for (JsonObject task : announcements.getValuesAs(JsonObject.class)) {
            String chat = Tasks.variable(operator, task, "chatTitle");
            assignees.put(chat, task.isNull("assignee") ? "administrators" : task.getString("assignee"));
        }
        assertThat(assignees).containsEntry("Класс " + code, "teacher")
                .containsEntry(code + ": родители", "administrators").containsEntry("Общешкольный канал", "administrators");
        JsonObject channelTask = Tasks.only(admin, instance, "Разместить анонс трансляции в канале");
        assertThat(Tasks.completing(admin, channelTask, Map.of("announced", false)).statusCode()).isEqualTo(400);
        Tasks.complete(admin, channelTask, Map.of("announced", true));
        Tasks.complete(WebappClient.loggedIn(base, "teacher"), Tasks.only(WebappClient.loggedIn(base, "teacher"),
                instance, "Объявить о трансляции в чате"), Map.of("announced", true));
        Tasks.complete(admin, Tasks.only(admin, instance, "Объявить о трансляции в чате"), Map.of("announced", true));

        // The day before: a letter to the host and the chats' moderators.
        Tasks.runJob(operator, instance, "dayBefore");
        String when = LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " 09:00";
        assertThat(Letters.text(Letters.to(mail, "volkova@college.example", "Трансляция «Классный час: профессии IT»")))
                .contains("Напоминание: " + when, "Вы ведёте эту трансляцию");
        assertThat(Letters.text(Letters.to(mail, "pavlov@college.example", "Трансляция «Классный час: профессии IT»")))
                .contains("Напомните участникам");

        // After it: the host's report.
        Tasks.runJob(operator, instance, "broadcastOver");
        WebappClient host = WebappClient.loggedIn(base, "curator");
        JsonObject report = Tasks.only(host, instance, "Отметить посещаемость и отчёт о трансляции");
        assertThat(report.getString("assignee")).isEqualTo("curator");
        assertThat(Tasks.completing(host, report, Map.of("attendance", 25)).statusCode()).isEqualTo(400);
        Tasks.complete(host, report, Map.of("attendance", 25, "report", "Пришли 25 из 27, вопросы о практике"));
        assertThat(Tasks.ended(admin, instance)).isTrue();
        JsonObject planned = array(admin.get("sferum/api/broadcasts?from=" + LocalDate.now() + "&to="
                + LocalDate.now().plusDays(10))).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("topic").equals("Классный час: профессии IT")).findFirst().orElseThrow();
        assertThat(planned.getString("status")).isEqualTo("REPORTED");
        assertThat(planned.getInt("attendance")).isEqualTo(25);
    }

    private static String start(String processKey) {
        return ENGINE + "/process-definition/key/" + processKey + "/submit-form";
    }

    private static List<JsonObject> calendar(WebappClient user, String channel) {
        HttpResponse<String> found = user.get("sferum/api/publications?channel=" + channel);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return array(found).getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> multipart(WebappClient user, Map<String, String> fields, String fileName,
            String contentType, byte[] content) {
        MultipartBody body = MultipartBody.of(fields, "files", fileName, contentType, content);
        return user.post("sferum/api/publications", body.bytes(), body.contentType());
    }
}
