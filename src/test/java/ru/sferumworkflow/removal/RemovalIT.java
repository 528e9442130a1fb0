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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * «Удаление из чатов» against the provisioned server, with the demo users as the moderators they are: an expelled
 * student and the parent without another child there leave through their moderators' tasks while the sibling's
 * parent stays, the leaver's unused link dies at once, a dismissed moderator's chat gets a new moderator first, a
 * late moderator's task goes to the administrators, a transfer invites to the new group, and the administrators get
 * the summary by mail.
 */
class RemovalIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String API = "sferum/api/";
    static final String PLATFORM_LINK = "https://sferum.ru/invite/";
    static final String ADMIN_EMAIL = "kuznetsova@college.example";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
    void anExpelledStudentLeavesWithTheParentWhoHasNoOtherChildThereAndTheirLinkDiesAtOnce() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String code = newGroup(admin);
        String suffix = suffix();
        String minor = DATE.format(LocalDate.now().minusYears(15));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail;"
                + "ФИО родителя 1;E-mail родителя 1;ФИО родителя 2;E-mail родителя 2\n"
                + "У" + suffix + ";Уходящий Илья Петрович;" + minor + ";" + code + ";ilya" + suffix + "@mail.test;"
                + "Уходящая Анна Ивановна;anna" + suffix + "@mail.test;Общий Пётр Ильич;petr" + suffix + "@mail.test\n"
                + "О" + suffix + ";Остающаяся Вера Петровна;" + minor + ";" + code + ";vera" + suffix + "@mail.test;"
                + "Общий Пётр Ильич;petr" + suffix + "@mail.test;;\n", Duration.ofSeconds(60));
        String group = groupId(admin, code);
        String leaver = personId(admin, "Уходящий Илья Петрович");
        String sibling = personId(admin, "Остающаяся Вера Петровна");
        String mother = personId(admin, "Уходящая Анна Ивановна");
        String father = personId(admin, "Общий Пётр Ильич");

        String students = chat(admin, "GROUP_STUDENTS", "Обучающиеся " + code, group, demoStaff(admin, "Павлов Дмитрий Игоревич"));
        String parents = chat(admin, "GROUP_PARENTS", "Родители " + code, group, demoStaff(admin, "Волкова Елена Андреевна"));
        String klass = chat(admin, "CLASS", "Класс " + code, group, null);
        join(admin, leaver, students, "STUDENT");
        join(admin, sibling, students, "STUDENT");
        join(admin, mother, parents, "PARENT");
        join(admin, father, parents, "PARENT");
        JsonObject invitation = object(admin.post(API + "invitations", Json.createObjectBuilder().add("chatId", klass)
                .add("role", "STUDENT").add("platformLink", PLATFORM_LINK + code).add("recipients", "NAMED")
                .add("recipientIds", Json.createArrayBuilder().add(leaver)).build()));
        Eventually.within(Duration.ofSeconds(30), "личная ссылка отправлена", () -> invitation(admin, invitation),
                view -> recipientStatus(view).equals("SENT"));

        String instance = move(admin, leaver, "EXPULSION", "31-у", null);

        // The link died with the event, before any moderator did anything; it was the invitation's only one.
        JsonObject revoked = invitation(admin, invitation);
        assertThat(recipientStatus(revoked)).isEqualTo("DEAD");
        assertThat(revoked.getString("status")).isNotEqualTo("OPEN");

        // One task per chat, each for that chat's moderator; the father stays: his daughter is still in the group.
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        WebappClient curator = WebappClient.loggedIn(base, "curator");
        JsonObject studentsTask = onlyTask(teacher, instance, "Удалить участника из чата");
        JsonObject parentsTask = onlyTask(curator, instance, "Удалить участника из чата");
        assertThat(studentsTask.getString("assignee")).isEqualTo("teacher");
        assertThat(parentsTask.getString("assignee")).isEqualTo("curator");
        assertThat(variable(teacher, studentsTask, "chatTitle")).isEqualTo("Обучающиеся " + code);
        assertThat(variable(teacher, studentsTask, "peopleList")).contains("Уходящий Илья Петрович")
                .doesNotContain("Остающаяся");
        assertThat(variable(curator, parentsTask, "peopleList")).contains("Уходящая Анна Ивановна", "родитель")
                .doesNotContain("Общий");
        // Not your chat, not your task.
        assertThat(array(teacher.get(ENGINE + "/task?processInstanceId=" + instance))).hasSize(1);
        assertThat(WebappClient.loggedIn(base, "auditor").post(ENGINE + "/task/" + studentsTask.getString("id")
                + "/complete", form(Map.of("removedFromChat", true))).statusCode()).isIn(403, 404);

        HttpResponse<String> unticked = teacher.post(ENGINE + "/task/" + studentsTask.getString("id") + "/complete",
                form(Map.of("removedFromChat", false)));
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(object(unticked).getString("message")).contains("Отметьте");
        complete(teacher, studentsTask, Map.of("removedFromChat", true));
        // One chat's tick never counts for the other.
        assertThat(curator.post(ENGINE + "/task/" + parentsTask.getString("id") + "/complete", form(Map.of()))
                .statusCode()).isEqualTo(400);
        complete(curator, parentsTask, Map.of("removedFromChat", true));

        String order = "приказ № 31-у от " + DATE.format(LocalDate.now());
        JsonObject left = onlyMembership(admin, leaver);
        assertThat(left.getString("until", null)).isNotNull();
        assertThat(left.getString("endReason")).isEqualTo("Отчисление, " + order);
        assertThat(left.getString("endedBy")).isEqualTo("teacher");
        JsonObject motherLeft = onlyMembership(admin, mother);
        assertThat(motherLeft.getString("endReason")).startsWith("Ребёнок выбыл из группы (отчисление)").endsWith(order);
        assertThat(motherLeft.getString("endedBy")).isEqualTo("curator");
        assertThat(onlyMembership(admin, father).getString("until", null)).isNull();
        assertThat(onlyMembership(admin, sibling).getString("until", null)).isNull();

        String summary = text(letter(ADMIN_EMAIL, "Уходящий Илья Петрович"));
        assertThat(summary).contains("Отчисление, " + order, "«Обучающиеся " + code + "»", "«Родители " + code + "»",
                "Закрыто неиспользованных личных ссылок: 1");
        assertEnded(admin, instance);
    }

    @Test
    void aDismissedModeratorsChatGetsANewModeratorFirstAndALateRemovalGoesToTheAdministrators() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String suffix = suffix();
        RosterUploads.loaded(admin, "STAFF", "Табельный номер;ФИО;Должность;Педагогический работник;E-mail\n"
                + "М" + suffix + ";Модераторов Олег Ильич;Преподаватель;да;\n"
                + "Н" + suffix + ";Новикова Ада Львовна;Преподаватель;да;ada" + suffix + "@college.test\n"
                + "Б" + suffix + ";Бухгалтерова Ия Львовна;Бухгалтер;нет;iya" + suffix + "@college.test\n",
                Duration.ofSeconds(60));
        String moderator = personId(admin, "Модераторов Олег Ильич");
        String newcomer = personId(admin, "Новикова Ада Львовна");
        String chat = chat(admin, "OTHER", "Методобъединение " + suffix, null, moderator);
        join(admin, moderator, chat, "TEACHER");

        String instance = move(admin, moderator, "DISMISSAL", "12-к", null);
        JsonObject appoint = onlyTask(admin, instance, "Назначить нового модератора чата");
        assertThat(array(admin.get(ENGINE + "/task?processInstanceId=" + instance + "&name="
                + encode("Удалить участника из чата")))).isEmpty();

        HttpResponse<String> accountant = admin.post(ENGINE + "/task/" + appoint.getString("id") + "/complete",
                form(Map.of("newModerator", "iya" + suffix + "@college.test")));
        assertThat(accountant.statusCode()).isEqualTo(400);
        assertThat(object(accountant).getString("message")).contains("педагог");
        complete(admin, appoint, Map.of("newModerator", "Новикова Ада Львовна"));
        assertThat(array(admin.get(API + "chats")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("id").equals(chat)).findFirst().orElseThrow().getString("moderatorId"))
                .isEqualTo(newcomer);

        // The new moderator has no Tasklist account: the removal goes to the administrators.
        JsonObject removal = onlyTask(admin, instance, "Удалить участника из чата");
        assertThat(removal.getString("assignee", null)).isNull();

        // A working day passes (the operator runs the timer, as from Cockpit): the administrators take over.
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        JsonArray timers = array(operator.get(ENGINE + "/job?processInstanceId=" + instance + "&activityId=removalOverdue"));
        assertThat(timers).hasSize(1);
        assertThat(operator.post(ENGINE + "/job/" + timers.getJsonObject(0).getString("id") + "/execute", "{}")
                .statusCode()).isEqualTo(204);
        JsonObject late = onlyTask(admin, instance, "Удалить участника из чата (срок модератора истёк)");
        complete(admin, late, Map.of("removedFromChat", true));

        JsonObject ended = onlyMembership(admin, moderator);
        assertThat(ended.getString("endReason")).startsWith("Увольнение, приказ № 12-к");
        assertThat(ended.getString("endedBy")).isEqualTo("sferum-admin");
        assertThat(text(letter(ADMIN_EMAIL, "Модераторов Олег Ильич"))).contains("модератор не успел за 1 рабочий день");
        assertEnded(admin, instance);
    }

    @Test
    void aTransferredStudentLeavesTheOldGroupsChatsAndIsInvitedToTheNewGroupsOnes() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String pavlov = demoStaff(admin, "Павлов Дмитрий Игоревич");
        // The old group is led by Волкова (табельный номер 0004 in the demo roster), the `curator` account.
        String from = newGroup(admin, "0004");
        String to = newGroup(admin);
        String suffix = suffix();
        String email = "moved" + suffix + "@mail.test";
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n"
                + "П" + suffix + ";Переводов Лев Ильич;" + DATE.format(LocalDate.now().minusYears(19)) + ";" + from + ";"
                + email + "\n", Duration.ofSeconds(60));
        String student = personId(admin, "Переводов Лев Ильич");
        String oldChat = chat(admin, "GROUP_STUDENTS", "Обучающиеся " + from, groupId(admin, from), pavlov);
        // A chat without a moderator: its task goes to the group's class teacher.
        String oldClass = chat(admin, "CLASS", "Класс " + from, groupId(admin, from), null);
        chat(admin, "GROUP_STUDENTS", "Обучающиеся " + to, groupId(admin, to), pavlov);
        join(admin, student, oldChat, "STUDENT");
        join(admin, student, oldClass, "STUDENT");

        String instance = move(admin, student, "TRANSFER", "40-у", groupId(admin, to));
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        JsonObject invite = onlyTask(teacher, instance, "Пригласить в чат новой группы");
        assertThat(variable(teacher, invite, "chatTitle")).isEqualTo("Обучающиеся " + to);
        assertThat(variable(teacher, invite, "peopleList")).contains("Переводов Лев Ильич — обучающийся");

        HttpResponse<String> badLink = teacher.post(ENGINE + "/task/" + invite.getString("id") + "/complete",
                form(Map.of("platformLink", "https://example.com/chat")));
        assertThat(badLink.statusCode()).isEqualTo(400);
        complete(teacher, invite, Map.of("platformLink", PLATFORM_LINK + to));
        assertThat(letter(email, "Обучающиеся " + to).getSubject()).contains("Приглашение");

        complete(teacher, onlyTask(teacher, instance, "Удалить участника из чата"), Map.of("removedFromChat", true));
        WebappClient curator = WebappClient.loggedIn(base, "curator");
        JsonObject classTask = onlyTask(curator, instance, "Удалить участника из чата");
        assertThat(classTask.getString("assignee")).isEqualTo("curator");
        assertThat(variable(curator, classTask, "chatTitle")).isEqualTo("Класс " + from);
        complete(curator, classTask, Map.of("removedFromChat", true));
        assertThat(array(admin.get(API + "chats/memberships?person=" + student)).getValuesAs(JsonObject.class))
                .hasSize(2).allSatisfy(ended -> assertThat(ended.getString("endReason")).startsWith("Перевод в другую группу"));
        assertThat(text(letter(ADMIN_EMAIL, "Переводов Лев Ильич"))).contains("Приглашений в чаты новой группы: 1",
                "В новой группе нет таких чатов, как Класс " + from);
        assertEnded(admin, instance);
    }

    private String move(WebappClient admin, String person, String kind, String order, String toGroup) {
        var event = Json.createObjectBuilder().add("personId", person).add("kind", kind).add("orderNumber", order)
                .add("orderDate", LocalDate.now().toString());
        if (toGroup != null) {
            event.add("toGroupId", toGroup);
        }
        HttpResponse<String> moved = admin.post(API + "roster/movements", event.build());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        return object(moved).getString("processInstanceId");
    }

    private String newGroup(WebappClient admin) {
        return newGroup(admin, "");
    }

    /** A new group led by the staff member of that табельный номер (none when empty). */
    private String newGroup(WebappClient admin, String classTeacherNumber) {
        String code = "Р-" + ThreadLocalRandom.current().nextInt(1_000_000);
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс;Классный руководитель\n" + code + ";1;"
                + classTeacherNumber + "\n", Duration.ofSeconds(60));
        return code;
    }

    private String groupId(WebappClient admin, String code) {
        return array(admin.get(API + "roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
    }

    private String personId(WebappClient admin, String fullName) {
        return object(admin.get(API + "roster/persons?q=" + encode(fullName))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(person -> person.getString("fullName").equals(fullName))
                .filter(person -> person.getString("status").equals("ACTIVE"))
                .reduce((first, second) -> second).orElseThrow().getString("id");
    }

    /** A staff member of the demo roster whose Tasklist account the demo set-up linked. */
    private String demoStaff(WebappClient admin, String fullName) {
        return Eventually.within(Duration.ofSeconds(60), "демо-списки", () -> object(admin.get(API + "roster/persons?q="
                + encode(fullName))).getJsonArray("items"), items -> !items.isEmpty()).getJsonObject(0).getString("id");
    }

    private String chat(WebappClient admin, String kind, String title, String group, String moderator) {
        var chat = Json.createObjectBuilder().add("kind", kind).add("title", title);
        if (group != null) {
            chat.add("groupId", group);
        }
        if (moderator != null) {
            chat.add("moderatorId", moderator);
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

    private JsonObject onlyMembership(WebappClient admin, String person) {
        JsonArray memberships = array(admin.get(API + "chats/memberships?person=" + person));
        assertThat(memberships).hasSize(1);
        return memberships.getJsonObject(0);
    }

    private JsonObject invitation(WebappClient admin, JsonObject invitation) {
        return object(admin.get(API + "invitations/" + invitation.getString("id")));
    }

    private static String recipientStatus(JsonObject invitation) {
        return invitation.getJsonArray("recipients").getJsonObject(0).getString("status");
    }

    private JsonObject onlyTask(WebappClient user, String instance, String name) {
        return Eventually.within(Duration.ofSeconds(30), "задача «" + name + "»", () -> array(user.get(ENGINE
                + "/task?processInstanceId=" + instance + "&name=" + encode(name))), tasks -> tasks.size() == 1)
                .getJsonObject(0);
    }

    private String variable(WebappClient user, JsonObject task, String name) {
        return object(user.get(ENGINE + "/task/" + task.getString("id") + "/form-variables")).getJsonObject(name)
                .getString("value");
    }

    private void complete(WebappClient user, JsonObject task, Map<String, ?> values) {
        HttpResponse<String> done = user.post(ENGINE + "/task/" + task.getString("id") + "/complete", form(values));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    }

    private void assertEnded(WebappClient admin, String instance) {
        Eventually.within(Duration.ofSeconds(30), "процесс завершён", () -> array(admin.get(ENGINE
                + "/process-instance?processInstanceIds=" + instance)), found -> found.isEmpty());
    }

    private static String suffix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** The letter to this address whose subject names this. */
    private static MimeMessage letter(String address, String aboutWhom) {
        return Eventually.within(Duration.ofSeconds(30), "письмо на " + address + " о " + aboutWhom, () -> {
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage letter : mail.getReceivedMessages()) {
                try {
                    if (List.of(letter.getAllRecipients()).stream().anyMatch(to -> to.toString().equals(address))
                            && letter.getSubject().contains(aboutWhom)) {
                        found.add(letter);
                    }
                } catch (jakarta.mail.MessagingException e) {
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
