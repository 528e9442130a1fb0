package ru.sferumworkflow.moderation;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * «Нарушение правил чата» against the provisioned server: only the chat's moderator records a breach, and only of
 * a numbered rule; a first breach is a reminder, a second a restriction told by mail to the minor and the parent
 * with a personal appeal link; the appeal reaches the administration, whose decision goes out by mail, and the
 * moderator lifts the restriction on the platform.
 */
class ModerationIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String PUBLIC_URL = "https://sferum.college.test/camunda/";
    static final Pattern APPEAL_LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "sferum/appeal/([A-Za-z0-9_-]{43})");
    static final String START = ENGINE + "/process-definition/key/chatBreach/submit-form";

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
    void aReminderThenARestrictionWithAnAppealThatTheAdministrationGrants() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String code = "М-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String studentEmail = "kid" + suffix + "@mail.test";
        String parentEmail = "mom" + suffix + "@mail.test";
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail;ФИО родителя 1;"
                + "E-mail родителя 1\n" + "Н" + suffix + ";Нарушаев Кирилл Олегович;"
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().minusYears(15)) + ";" + code + ";"
                + studentEmail + ";Нарушаева Ольга Ивановна;" + parentEmail + "\n", Duration.ofSeconds(60));
        String group = array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String student = object(admin.get("sferum/api/roster/persons?group=" + group)).getJsonArray("items")
                .getJsonObject(0).getString("id");
        String pavlov = Eventually.within(Duration.ofSeconds(60), "демо-списки", () -> object(admin.get(
                "sferum/api/roster/persons?q=" + encode("Павлов Дмитрий Игоревич"))).getJsonArray("items"),
                items -> !items.isEmpty()).getJsonObject(0).getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "GROUP_STUDENTS")
                .add("title", "Обучающиеся " + code).add("groupId", group).add("moderatorId", pavlov).build()))
                .getString("id");
        assertThat(admin.post("sferum/api/chats/memberships", Json.createObjectBuilder().add("personId", student)
                .add("chatId", chat).add("role", "STUDENT").build()).statusCode()).isEqualTo(201);

        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        Map<String, Object> breach = new HashMap<>(Map.of("chatKind", "GROUP_STUDENTS", "groupCode", code,
                "memberName", "Нарушаев Кирилл Олегович", "ruleNumber", 9, "description", "Оскорбил одноклассника",
                "evidence", "Сообщение от 12.11.2026 14:05: «…»"));
        // Not a rule: refused, nothing recorded.
        HttpResponse<String> noRule = teacher.post(START, form(breach));
        assertThat(noRule.statusCode()).as(noRule.body()).isEqualTo(400);
        assertThat(object(noRule).getString("message")).contains("только за нарушение правил общения");
        breach.put("ruleNumber", 1);
        breach.put("memberName", "Нарушаев Кирилл");
        HttpResponse<String> wrongName = teacher.post(START, form(breach));
        assertThat(wrongName.statusCode()).isEqualTo(400);
        // The engine logs refusals: they never repeat a name.
        assertThat(object(wrongName).getString("message")).contains("нет участника с таким ФИО").doesNotContain("Нарушаев");
        breach.put("memberName", "Нарушаев Кирилл Олегович");
        // Not the moderator of this chat.
        HttpResponse<String> notModerator = WebappClient.loggedIn(base, "curator").post(START, form(breach));
        assertThat(notModerator.statusCode()).as(notModerator.body()).isEqualTo(400);
        assertThat(object(notModerator).getString("message")).contains("модератор этого чата");

        String first = started(teacher.post(START, form(breach)));
        JsonObject remind = onlyTask(teacher, first, "Напомнить правила в чате");
        assertThat(remind.getString("assignee")).isEqualTo("teacher");
        complete(teacher, remind, Map.of("rulesReminded", true));

        String second = started(teacher.post(START, form(breach)));
        JsonObject restrict = onlyTask(teacher, second, "Ограничить доступ к чату");
        HttpResponse<String> tooLong = teacher.post(ENGINE + "/task/" + restrict.getString("id") + "/complete",
                form(Map.of("restrictionDays", 60, "restrictedOnPlatform", true)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        complete(teacher, restrict, Map.of("restrictionDays", 3, "restrictedOnPlatform", true));
        // One restriction at a time: a new breach while it runs is refused.
        HttpResponse<String> overlapping = teacher.post(START, form(breach));
        assertThat(overlapping.statusCode()).as(overlapping.body()).isEqualTo(400);
        assertThat(object(overlapping).getString("message")).contains("уже ограничен");

        // The minor and the parent are told, each with the same personal link to appeal.
        String notice = text(letter(studentEmail, "Ограничен доступ"));
        assertThat(notice).contains("Обучающиеся " + code, "п. 1", "Оскорбил одноклассника");
        assertThat(letter(parentEmail, "Ограничен доступ").getAllRecipients()).hasSize(2);
        Matcher link = APPEAL_LINK.matcher(notice);
        assertThat(link.find()).isTrue();
        String page = "sferum/appeal/" + link.group(1);

        WebappClient visitor = WebappClient.anonymous(base);
        Eventually.within(Duration.ofSeconds(30), "ссылка для обжалования сохранена", () -> visitor.get(page).statusCode(),
                status -> status == 200);
        HttpResponse<String> shown = visitor.get(page);
        assertThat(shown.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(shown.body()).contains("Обучающиеся " + code, "Общайтесь уважительно", "id=\"link-form\"");
        assertThat(visitor.post(page, "{\"text\": \" \"}").statusCode()).isEqualTo(400);
        HttpResponse<String> appealed = visitor.post(page, "{\"text\": \"Я никого не оскорблял\"}");
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(200);
        assertThat(object(appealed).getString("message")).contains("администрация Техникума рассмотрит");
        assertThat(visitor.post(page, "{\"text\": \"Ещё раз\"}").statusCode()).isEqualTo(410);

        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        JsonObject review = onlyTask(deputy, second, "Рассмотреть обжалование ограничения");
        assertThat(object(deputy.get(ENGINE + "/task/" + review.getString("id") + "/form-variables"))
                .getJsonObject("appealText").getString("value")).isEqualTo("Я никого не оскорблял");
        HttpResponse<String> noReason = deputy.post(ENGINE + "/task/" + review.getString("id") + "/complete",
                form(Map.of("appealDecision", "uphold")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        complete(deputy, review, Map.of("appealDecision", "lift", "appealNote", "Доказательство не подтвердилось"));
        assertThat(text(letter(parentEmail, "Решение по обжалованию"))).contains("ограничение снимается",
                "Доказательство не подтвердилось");

        complete(teacher, onlyTask(teacher, second, "Снять ограничение на платформе"), Map.of("liftedOnPlatform", true));
        Eventually.within(Duration.ofSeconds(30), "процесс завершён", () -> array(admin.get(ENGINE
                + "/process-instance?processInstanceIds=" + second)), JsonArray::isEmpty);
        // Decided: the link shows that the restriction is over and takes no more appeals.
        HttpResponse<String> after = visitor.get(page);
        assertThat(after.statusCode()).isEqualTo(410);
        assertThat(after.body()).contains("Ограничение уже не действует");
    }

    @Test
    void aModeratorChangesTheChatsRulesAndEachMemberAcceptsTheNewVersionByTheirLink() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String code = "П-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String email = "member" + suffix + "@mail.test";
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";2\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n" + "П" + suffix
                + ";Правилов Ян Ильич;" + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().minusYears(19))
                + ";" + code + ";" + email + "\n", Duration.ofSeconds(60));
        String group = array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String student = object(admin.get("sferum/api/roster/persons?group=" + group)).getJsonArray("items")
                .getJsonObject(0).getString("id");
        String pavlov = object(admin.get("sferum/api/roster/persons?q=" + encode("Павлов Дмитрий Игоревич")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "GROUP_STUDENTS")
                .add("title", "Обучающиеся " + code).add("groupId", group).add("moderatorId", pavlov).build()))
                .getString("id");
        admin.post("sferum/api/chats/memberships", Json.createObjectBuilder().add("personId", student)
                .add("chatId", chat).add("role", "STUDENT").build());
        String rules = "sferum/api/chats/" + chat + "/rules";
        assertThat(object(admin.get(rules)).getInt("version")).isEqualTo(1);

        JsonObject newRules = Json.createObjectBuilder().add("rules", Json.createArrayBuilder()
                .add("Общайтесь уважительно.").add("Пишите по делу группы.").add("Голосовые — не длиннее минуты."))
                .add("note", "Добавлено правило о голосовых сообщениях").build();
        assertThat(WebappClient.loggedIn(base, "curator").put(rules, newRules.toString()).statusCode()).isEqualTo(403);
        HttpResponse<String> empty = WebappClient.loggedIn(base, "teacher").put(rules, "{\"rules\": [\" \"]}");
        assertThat(empty.statusCode()).isEqualTo(400);
        HttpResponse<String> changed = WebappClient.loggedIn(base, "teacher").put(rules, newRules.toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(object(changed).getInt("version")).isEqualTo(2);
        assertThat(object(changed).getInt("notified")).isEqualTo(1);
        assertThat(object(WebappClient.loggedIn(base, "auditor").get(rules)).getJsonArray("rules")).hasSize(3);

        String letter = text(letter(email, "Новые правила общения"));
        assertThat(letter).contains("3. Голосовые — не длиннее минуты.", "Добавлено правило о голосовых сообщениях");
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC_URL) + "sferum/rules/([A-Za-z0-9_-]{43})").matcher(letter);
        assertThat(link.find()).isTrue();
        String page = "sferum/rules/" + link.group(1);
        WebappClient visitor = WebappClient.anonymous(base);
        Eventually.within(Duration.ofSeconds(30), "ссылка сохранена", () -> visitor.get(page).statusCode(),
                status -> status == 200);
        assertThat(visitor.get(page).body()).contains("Голосовые — не длиннее минуты.", "версия 2");
        assertThat(visitor.post(page, "{\"accepted\": false}").statusCode()).isEqualTo(400);
        HttpResponse<String> accepted = visitor.post(page, "{\"accepted\": true}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        // A second press answers as the first: accepted.
        assertThat(visitor.post(page, "{\"accepted\": true}").statusCode()).isEqualTo(200);
        assertThat(array(admin.get("sferum/api/chats/" + chat + "/members")).getJsonObject(0).getInt("rulesVersion"))
                .isEqualTo(2);

        // A breach is named by a rule of the version in force: there is no rule 4 any more.
        HttpResponse<String> noSuchRule = WebappClient.loggedIn(base, "teacher").post(START, form(Map.of(
                "chatKind", "GROUP_STUDENTS", "groupCode", code, "memberName", "Правилов Ян Ильич", "ruleNumber", 4,
                "rulesVersion", 2, "description", "Ссылка на WhatsApp", "evidence", "Сообщение от 12.11.2026")));
        assertThat(noSuchRule.statusCode()).isEqualTo(400);
        assertThat(object(noSuchRule).getString("message")).contains("версия 2", "от 1 до 3");

        // Another member of the chat — here the class teacher — files a complaint; the moderator judges it first.
        String volkova = object(admin.get("sferum/api/roster/persons?q=" + encode("Волкова Елена Андреевна")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        admin.post("sferum/api/chats/memberships", Json.createObjectBuilder().add("personId", volkova)
                .add("chatId", chat).add("role", "TEACHER").build());
        // Read against the standard rules, a number is refused: this chat's rules are version 2 now.
        HttpResponse<String> oldVersion = WebappClient.loggedIn(base, "teacher").post(START, form(Map.of(
                "chatKind", "GROUP_STUDENTS", "groupCode", code, "memberName", "Правилов Ян Ильич", "ruleNumber", 1,
                "rulesVersion", 1, "description", "Грубость", "evidence", "Сообщение от 12.11.2026")));
        assertThat(oldVersion.statusCode()).isEqualTo(400);
        assertThat(object(oldVersion).getString("message")).contains("сейчас — версия 2");

        Map<String, Object> complaint = Map.of("chatKind", "GROUP_STUDENTS", "groupCode", code,
                "memberName", "Правилов Ян Ильич", "ruleNumber", 1, "rulesVersion", 2,
                "description", "Грубил в ответ на замечание", "evidence", "Сообщение от 13.11.2026 09:10");
        WebappClient curator = WebappClient.loggedIn(base, "curator");
        String refused = started(curator.post(START, form(complaint)));
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        JsonObject review = onlyTask(teacher, refused, "Рассмотреть жалобу на нарушение правил");
        assertThat(teacher.post(ENGINE + "/task/" + review.getString("id") + "/complete",
                form(Map.of("complaintDecision", "refuse"))).statusCode()).isEqualTo(400);
        complete(teacher, review, Map.of("complaintDecision", "refuse", "complaintNote", "В переписке грубости нет"));
        Eventually.within(Duration.ofSeconds(30), "жалоба закрыта", () -> array(admin.get(ENGINE
                + "/process-instance?processInstanceIds=" + refused)), JsonArray::isEmpty);

        String confirmed = started(curator.post(START, form(complaint)));
        complete(teacher, onlyTask(teacher, confirmed, "Рассмотреть жалобу на нарушение правил"),
                Map.of("complaintDecision", "confirm"));
        // The refused complaint does not count: this is a first breach, a reminder.
        JsonObject reminder = onlyTask(teacher, confirmed, "Напомнить правила в чате");
        assertThat(reminder.getString("assignee")).isEqualTo("teacher");
        complete(teacher, reminder, Map.of("rulesReminded", true));
        // The confirmed one does: the moderator's next breach is a repeated one.
        String repeated = started(teacher.post(START, form(complaint)));
        onlyTask(teacher, repeated, "Ограничить доступ к чату");
    }

    @Test
    void aNewMemberGetsTheRulesWithAPersonalLinkAndComplainsToTheModeratorByIt() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String code = "Ж-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String email = "newcomer" + suffix + "@mail.test";
        String adult = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().minusYears(19));
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n"
                + "Ж" + suffix + ";Жалобин Яков Ильич;" + adult + ";" + code + ";" + email + "\n"
                + "Г" + suffix + ";Грубиянов Олег Ильич;" + adult + ";" + code + ";rude" + suffix + "@mail.test\n",
                Duration.ofSeconds(60));
        String group = array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        JsonArray people = object(admin.get("sferum/api/roster/persons?group=" + group)).getJsonArray("items");
        String newcomer = idOf(people, "Жалобин Яков Ильич");
        String rude = idOf(people, "Грубиянов Олег Ильич");
        String pavlov = object(admin.get("sferum/api/roster/persons?q=" + encode("Павлов Дмитрий Игоревич")))
                .getJsonArray("items").getJsonObject(0).getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "GROUP_STUDENTS")
                .add("title", "Обучающиеся " + code).add("groupId", group).add("moderatorId", pavlov).build()))
                .getString("id");
        admin.post("sferum/api/chats/memberships", Json.createObjectBuilder().add("personId", rude)
                .add("chatId", chat).add("role", "STUDENT").build());

        // The newcomer joins through an invitation: the join is accepted, and the welcome letter follows.
        JsonObject invitation = object(admin.post("sferum/api/invitations", Json.createObjectBuilder().add("chatId", chat)
                .add("role", "STUDENT").add("platformLink", "https://sferum.ru/invite/" + code).add("recipients", "NAMED")
                .add("recipientIds", Json.createArrayBuilder().add(newcomer)).build()));
        Matcher join = Pattern.compile(Pattern.quote(PUBLIC_URL) + "sferum/join/([A-Za-z0-9_-]{43})")
                .matcher(text(letter(email, "Приглашение")));
        assertThat(join.find()).isTrue();
        WebappClient visitor = WebappClient.anonymous(base);
        Eventually.within(Duration.ofSeconds(30), "ссылка сохранена", () -> visitor.get("sferum/join/" + join.group(1))
                .statusCode(), status -> status == 200);
        assertThat(visitor.post("sferum/join/" + join.group(1), "{\"rules\": true, \"consent\": true}").statusCode())
                .isEqualTo(200);
        complete(admin, onlyTask(admin, invitation.getString("processInstanceId"), "Принять заявку на вступление"),
                Map.of("joinAccepted", "yes"));

        String welcome = text(letter(email, "Вы в чате"));
        assertThat(welcome).contains("1. Общайтесь уважительно");
        Matcher link = Pattern.compile(Pattern.quote(PUBLIC_URL) + "sferum/complaint/([A-Za-z0-9_-]{43})").matcher(welcome);
        assertThat(link.find()).isTrue();
        String page = "sferum/complaint/" + link.group(1);
        Eventually.within(Duration.ofSeconds(30), "ссылка для жалоб сохранена", () -> visitor.get(page).statusCode(),
                status -> status == 200);
        assertThat(visitor.get(page).body()).contains("Обучающиеся " + code, "только на нарушение правил общения");

        HttpResponse<String> notARule = visitor.post(page, complaint("Грубиянов Олег Ильич", "9"));
        assertThat(notARule.statusCode()).as(notARule.body()).isEqualTo(400);
        assertThat(object(notARule).getString("message")).contains("от 1 до");
        assertThat(visitor.post(page, complaint("Жалобин Яков Ильич", "1")).statusCode()).isEqualTo(400);
        HttpResponse<String> filed = visitor.post(page, complaint("Грубиянов Олег Ильич", "1"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);

        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        JsonObject review = Eventually.within(Duration.ofSeconds(30), "жалоба у модератора", () -> array(teacher.get(
                ENGINE + "/task?assignee=teacher&name=" + encode("Рассмотреть жалобу на нарушение правил"))).getValuesAs(
                        JsonObject.class).stream().filter(task -> chat.equals(variableOf(teacher, task, "chatId")))
                .toList(), found -> found.size() == 1).get(0);
        assertThat(variableOf(teacher, review, "personName")).isEqualTo("Грубиянов Олег Ильич");
        complete(teacher, review, Map.of("complaintDecision", "confirm"));
        onlyTask(teacher, review.getString("processInstanceId"), "Напомнить правила в чате");
    }

    private static String complaint(String whom, String rule) {
        return Json.createObjectBuilder().add("memberName", whom).add("ruleNumber", rule)
                .add("description", "Оскорблял в чате").add("evidence", "Сообщение от 14.11.2026 18:20").build().toString();
    }

    private String variableOf(WebappClient user, JsonObject task, String name) {
        JsonObject variables = object(user.get(ENGINE + "/task/" + task.getString("id") + "/form-variables"));
        return variables.containsKey(name) ? variables.getJsonObject(name).getString("value") : null;
    }

    private static String idOf(JsonArray people, String fullName) {
        return people.getValuesAs(JsonObject.class).stream().filter(person -> person.getString("fullName").equals(fullName))
                .findFirst().orElseThrow().getString("id");
    }

    private static String started(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return object(response).getString("id");
    }

    private JsonObject onlyTask(WebappClient user, String instance, String name) {
        return Eventually.within(Duration.ofSeconds(30), "задача «" + name + "»", () -> array(user.get(ENGINE
                + "/task?processInstanceId=" + instance + "&name=" + encode(name))), tasks -> tasks.size() == 1)
                .getJsonObject(0);
    }

    private void complete(WebappClient user, JsonObject task, Map<String, ?> values) {
        HttpResponse<String> done = user.post(ENGINE + "/task/" + task.getString("id") + "/complete", form(values));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    }

    private static MimeMessage letter(String address, String subject) {
        return Eventually.within(Duration.ofSeconds(30), "письмо на " + address, () -> {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage letter : mail.getReceivedMessages()) {
                try {
                    if (List.of(letter.getAllRecipients()).stream().anyMatch(to -> to.toString().equals(address))
                            && letter.getSubject().contains(subject)) {
                        found.add(letter);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }, found -> !found.isEmpty()).get(0);
    }

    private static String text(MimeMessage letter) throws Exception {
        Object content = letter.getContent();
        return content instanceof Multipart parts ? parts.getBodyPart(0).getContent().toString() : content.toString();
    }
}
