package ru.sferumworkflow.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * The roster over HTTP as the college's staff use it: uploads of real files, the report of bad lines with nothing
 * saved, a second upload changing nothing, «выбыли?» confirmed as a movement event that starts «Удаление из
 * чатов», and who sees phones and who may change anything.
 */
class RosterIT extends ServerTest {

    private static final String API = "sferum/api/roster/";
    private static final String STAFF_HEADER = "Табельный номер;ФИО;Должность;Педагогический работник;Мобильный телефон;E-mail\n";

    @Test
    void theDemoDataLoadsTheSampleFilesOfTheImportPage() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        JsonObject found = Eventually.within(Duration.ofSeconds(60), "демо-списки загружены",
                () -> persons(admin, "Иванов Пётр Алексеевич"), page -> page.getInt("total") == 1);
        String id = found.getJsonArray("items").getJsonObject(0).getString("id");

        JsonObject card = object(admin.get(API + "persons/" + id));
        assertThat(card.getJsonObject("person").getJsonObject("group").getString("code")).isEqualTo("ИС-21");
        assertThat(card.getJsonArray("parents")).hasSize(2);
        JsonArray chats = Eventually.within(Duration.ofSeconds(30), "демо-чат заведён",
                () -> array(admin.get("sferum/api/chats/memberships?person=" + id)), list -> !list.isEmpty());
        assertThat(chats.getJsonObject(0).getString("chatTitle")).isEqualTo("ИС-21: обучающиеся и родители");
    }

    @Test
    void aFileWithBadLinesIsRejectedWholeWithEveryLineReported() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String number = uniqueNumber();
        String surname = uniqueSurname();
        String file = "Табельный номер,ФИО,Должность,Педагогический работник,Мобильный телефон,E-mail\n"
                + number + "," + surname + " Анна Петровна,Преподаватель,да,+7 912 111-11-11,\n"
                + number + "1,Smith John,Преподаватель,да,,\n"
                + number + "2,Лебедев Олег,,может быть,+7 123,\n";

        JsonObject report = upload(admin, "STAFF", file.getBytes(CsvTable.WINDOWS_1251));

        assertThat(report.getString("status")).isEqualTo("REJECTED");
        assertThat(report.getString("encoding")).isEqualTo("windows-1251");
        assertThat(report.getString("delimiter")).isEqualTo(",");
        assertThat(report.getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(problem -> problem.getInt("line") + ":" + problem.getString("column"))
                .containsExactlyInAnyOrder("3:ФИО", "4:Должность", "4:Педагогический работник", "4:Мобильный телефон");
        assertThat(report.getJsonArray("problems").getJsonObject(0).getString("message")).isNotBlank();
        // The good line was not saved either.
        assertThat(persons(admin, surname).getInt("total")).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingAndMissingPeopleWaitForAMovementEvent() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String stays = uniqueNumber();
        String leaves = uniqueNumber();
        String surname = uniqueSurname();
        String file = STAFF_HEADER
                + stays + ";" + surname + " Анна Петровна;Преподаватель;да;8 (912) 222-33-44;\n"
                + leaves + ";" + surname + " Олег Петрович;Мастер п/о;да;;o.p@college.example\n";

        JsonObject first = upload(admin, "STAFF", file.getBytes(StandardCharsets.UTF_8));
        assertThat(first.getString("status")).isEqualTo("DONE");
        assertThat(first.getInt("created")).isEqualTo(2);
        JsonObject second = upload(admin, "STAFF", file.getBytes(StandardCharsets.UTF_8));
        assertThat(List.of(second.getInt("created"), second.getInt("updated"), second.getInt("unchanged")))
                .containsExactly(0, 0, 2);

        String changed = STAFF_HEADER + stays + ";" + surname + " Анна Петровна;Преподаватель;да;+7 912 222-33-45;\n";
        JsonObject third = upload(admin, "STAFF", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(third.getInt("updated")).isEqualTo(1);
        JsonObject departed = third.getJsonArray("departures").getValuesAs(JsonObject.class).stream()
                .filter(person -> person.getString("fullName").equals(surname + " Олег Петрович"))
                .findFirst().orElseThrow();
        assertThat(departed.getString("status")).isEqualTo("ACTIVE");

        JsonObject stayed = persons(admin, surname + " Анна").getJsonArray("items").getJsonObject(0);
        assertThat(stayed.getString("phone")).isEqualTo("+79122223345");

        HttpResponse<String> movement = admin.post(API + "movements", Json.createObjectBuilder()
                .add("personId", departed.getString("id")).add("kind", "DISMISSAL")
                .add("orderNumber", "15-к").add("orderDate", LocalDate.now().minusDays(1).toString())
                .add("importId", third.getString("id")).build());
        assertThat(movement.statusCode()).as(movement.body()).isEqualTo(201);
        assertThat(object(movement).getString("processInstanceId")).isNotBlank();

        JsonObject card = object(admin.get(API + "persons/" + departed.getString("id")));
        assertThat(card.getJsonObject("person").getString("status")).isEqualTo("DISMISSED");
        assertThat(card.getJsonArray("movements")).hasSize(1);
        // Confirmed: no longer in the «выбыли?» list of that import.
        assertThat(object(admin.get(API + "imports/" + third.getString("id"))).getJsonArray("departures")
                .getValuesAs(JsonObject.class)).noneMatch(person -> person.getString("id").equals(departed.getString("id")));
    }

    @Test
    void aDismissalStartsTheRemovalAndEndsEveryMembershipWithTheOrder() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String moderatorNumber = uniqueNumber();
        String leaverNumber = uniqueNumber();
        String surname = uniqueSurname();
        upload(admin, "STAFF", (STAFF_HEADER
                + moderatorNumber + ";" + surname + " Нина Ивановна;Преподаватель;да;;\n"
                + leaverNumber + ";" + surname + " Павел Ильич;Преподаватель;да;;\n").getBytes(StandardCharsets.UTF_8));
        String moderator = personId(admin, surname + " Нина");
        String leaver = personId(admin, surname + " Павел");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "DIRECTOR_TEACHERS")
                .add("title", "Директор и педагоги " + surname).add("moderatorId", moderator).build())).getString("id");
        HttpResponse<String> joined = admin.post("sferum/api/chats/memberships", Json.createObjectBuilder()
                .add("personId", leaver).add("chatId", chat).add("role", "TEACHER").build());
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);

        // A refused event saves nothing: the person stays, no process starts.
        HttpResponse<String> refused = admin.post(API + "movements", Json.createObjectBuilder().add("personId", leaver)
                .add("kind", "EXPULSION").add("orderNumber", "16-к").add("orderDate", LocalDate.now().toString()).build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getString("message")).contains("обучающегося");
        assertThat(object(admin.get(API + "persons/" + leaver)).getJsonArray("movements")).isEmpty();

        String instance = object(admin.post(API + "movements", Json.createObjectBuilder().add("personId", leaver)
                .add("kind", "DISMISSAL").add("orderNumber", "16-к").add("orderDate", LocalDate.now().toString())
                .build())).getString("processInstanceId");
        JsonArray tasks = array(admin.get(ENGINE + "/task?processInstanceId=" + instance));
        assertThat(tasks).hasSize(1);
        JsonObject task = tasks.getJsonObject(0);
        assertThat(task.getString("name")).isEqualTo("Удалить участника из чата");
        assertThat(task.getString("due", null)).isNotNull();
        JsonObject variables = object(admin.get(ENGINE + "/task/" + task.getString("id") + "/form-variables"));
        assertThat(variables.getJsonObject("chatTitle").getString("value")).isEqualTo("Директор и педагоги " + surname);
        assertThat(variables.getJsonObject("peopleList").getString("value")).contains(surname + " Павел Ильич");

        // Nobody starts a removal by hand, not even an administrator.
        assertThat(admin.post(ENGINE + "/process-definition/key/memberRemoval/start", "{}").statusCode()).isEqualTo(403);

        assertThat(admin.post(ENGINE + "/task/" + task.getString("id") + "/complete", form(Map.of("removedFromChat", false)))
                .statusCode()).isEqualTo(400);
        HttpResponse<String> done = admin.post(ENGINE + "/task/" + task.getString("id") + "/complete",
                form(Map.of("removedFromChat", true)));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);

        JsonObject membership = array(admin.get("sferum/api/chats/memberships?person=" + leaver)).getJsonObject(0);
        assertThat(membership.getString("until", null)).isNotNull();
        assertThat(membership.getString("endReason")).startsWith("Увольнение");
        assertThat(membership.getString("document")).isEqualTo("приказ № 16-к от "
                + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(membership.getString("endedBy")).isEqualTo("sferum-admin");
        // Kept, not deleted, and the chat no longer lists them.
        assertThat(array(admin.get("sferum/api/chats/" + chat + "/members"))).isEmpty();
    }

    @Test
    void anEventWhoseRemovalCannotStartIsNotSavedEither() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        String surname = uniqueSurname();
        upload(admin, "STAFF", (STAFF_HEADER + uniqueNumber() + ";" + surname + " Яна Ивановна;Преподаватель;да;;\n")
                .getBytes(StandardCharsets.UTF_8));
        String person = personId(admin, surname);
        String suspend = ENGINE + "/process-definition/key/memberRemoval/suspended";
        JsonObject dismissal = Json.createObjectBuilder().add("personId", person).add("kind", "DISMISSAL")
                .add("orderNumber", "17-к").add("orderDate", LocalDate.now().toString()).build();

        assertThat(operator.put(suspend, "{\"suspended\": true}").statusCode()).isEqualTo(204);
        try {
            HttpResponse<String> refused = admin.post(API + "movements", dismissal);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(object(refused).getString("message")).contains("приостановлен");
            // The person was changed and the event written before the start failed: both rolled back with it.
            JsonObject card = object(admin.get(API + "persons/" + person));
            assertThat(card.getJsonObject("person").getString("status")).isEqualTo("ACTIVE");
            assertThat(card.getJsonArray("movements")).isEmpty();
        } finally {
            assertThat(operator.put(suspend, "{\"suspended\": false}").statusCode()).isEqualTo(204);
        }
        assertThat(admin.post(API + "movements", dismissal).statusCode()).isEqualTo(201);
    }

    @Test
    void studentsWithParentsAndATransferToAnotherGroup() {
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        String from = "Т-" + ThreadLocalRandom.current().nextInt(100_000);
        String to = from + "А";
        assertThat(upload(deputy, "GROUPS", ("Код группы;Наименование;Курс\n" + from + ";Первая;1\n" + to + ";Вторая;1\n")
                .getBytes(StandardCharsets.UTF_8)).getString("status")).isEqualTo("DONE");
        String surname = uniqueSurname();
        String number = uniqueNumber();
        String file = "Номер личного дела;ФИО;Дата рождения;Группа;ФИО родителя 1;Телефон родителя 1\n"
                + number + ";" + surname + " Иван Олегович;" + LocalDate.now().minusYears(16)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ";" + from + ";"
                + surname + "а Мария Ивановна;+7 914 " + number.substring(number.length() - 3) + "-00-00\n";
        JsonObject report = upload(deputy, "STUDENTS", file.getBytes(StandardCharsets.UTF_8));
        assertThat(report.getString("status")).as(report.toString()).isEqualTo("DONE");

        String student = personId(deputy, surname + " Иван");
        JsonObject card = object(deputy.get(API + "persons/" + student));
        assertThat(card.getJsonObject("person").getBoolean("minor")).isTrue();
        assertThat(card.getJsonObject("person").getJsonObject("group").getString("code")).isEqualTo(from);
        assertThat(card.getJsonArray("parents").getJsonObject(0).getJsonObject("person").getString("fullName"))
                .isEqualTo(surname + "а Мария Ивановна");

        String toGroup = array(deputy.get(API + "groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(to)).findFirst().orElseThrow().getString("id");
        HttpResponse<String> transfer = deputy.post(API + "movements", Json.createObjectBuilder().add("personId", student)
                .add("kind", "TRANSFER").add("orderNumber", "77-у").add("orderDate", LocalDate.now().toString())
                .add("toGroupId", toGroup).build());
        assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(201);
        assertThat(object(transfer).getJsonObject("fromGroup").getString("code")).isEqualTo(from);
        card = object(deputy.get(API + "persons/" + student));
        assertThat(card.getJsonObject("person").getString("status")).isEqualTo("ACTIVE");
        assertThat(card.getJsonObject("person").getJsonObject("group").getString("code")).isEqualTo(to);
    }

    @Test
    void onlyAdministratorsAndTheAdministrationSeeContactsOrChangeTheRoster() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String surname = uniqueSurname();
        upload(admin, "STAFF", (STAFF_HEADER + uniqueNumber() + ";" + surname + " Вера Ивановна;Преподаватель;да;"
                + "+7 915 000-00-01;vera@college.example\n").getBytes(StandardCharsets.UTF_8));
        String id = personId(admin, surname);

        for (String user : List.of("deputy", "sferum-admin")) {
            JsonObject person = object(WebappClient.loggedIn(base, user).get(API + "persons/" + id)).getJsonObject("person");
            assertThat(person.getString("phone")).as(user).isEqualTo("+79150000001");
        }
        for (String user : List.of("teacher", "curator", "director", "auditor")) {
            WebappClient reader = WebappClient.loggedIn(base, user);
            JsonObject person = object(reader.get(API + "persons/" + id)).getJsonObject("person");
            assertThat(person.getString("fullName")).as(user).isEqualTo(surname + " Вера Ивановна");
            assertThat(person.get("phone")).as(user).isEqualTo(JsonValue.NULL);
            assertThat(person.get("email")).as(user).isEqualTo(JsonValue.NULL);
            JsonObject listed = persons(reader, surname).getJsonArray("items").getJsonObject(0);
            assertThat(listed.get("phone")).as(user).isEqualTo(JsonValue.NULL);

            assertThat(reader.post(API + "imports?kind=STAFF", STAFF_HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(reader.get(API + "imports").statusCode()).as(user).isEqualTo(403);
            assertThat(reader.post(API + "movements", Json.createObjectBuilder().add("personId", id)
                    .add("kind", "DISMISSAL").add("orderNumber", "1").add("orderDate", "2026-01-01").build())
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(reader.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "OTHER")
                    .add("title", "Чат").build()).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(object(WebappClient.loggedIn(base, "auditor").get(API + "persons/" + id))
                .getJsonObject("person").getString("status")).isEqualTo("ACTIVE");
        assertThat(WebappClient.anonymous(base).get(API + "persons").statusCode()).isEqualTo(401);
    }

    @Test
    void anAdministratorLinksATasklistAccountToAStaffMember() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String surname = uniqueSurname();
        upload(admin, "STAFF", (STAFF_HEADER + uniqueNumber() + ";" + surname + " Лев Ильич;Преподаватель;да;;\n")
                .getBytes(StandardCharsets.UTF_8));
        String id = personId(admin, surname);

        assertThat(admin.put(API + "persons/" + id + "/account", "{\"userId\": \"no-such-user\"}").statusCode())
                .isEqualTo(400);
        assertThat(WebappClient.loggedIn(base, "deputy").put(API + "persons/" + id + "/account",
                "{\"userId\": \"auditor\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> linked = admin.put(API + "persons/" + id + "/account", "{\"userId\": \"auditor\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(object(linked).getString("userId")).isEqualTo("auditor");
        // One account, one staff member.
        String other = uniqueSurname();
        upload(admin, "STAFF", (STAFF_HEADER + uniqueNumber() + ";" + other + " Ян Ильич;Преподаватель;да;;\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> taken = admin.put(API + "persons/" + personId(admin, other) + "/account",
                "{\"userId\": \"auditor\"}");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(object(taken).getString("message")).contains("уже связана");
        assertThat(admin.put(API + "persons/" + id + "/account", "{\"userId\": \"\"}").statusCode()).isEqualTo(200);
    }


    private static JsonObject upload(WebappClient client, String kind, byte[] content) {
        return RosterUploads.upload(client, kind, content, Duration.ofSeconds(60));
    }

    private JsonObject persons(WebappClient client, String text) {
        return object(client.get(API + "persons?q=" + encode(text)));
    }

    private String personId(WebappClient client, String text) {
        JsonObject page = persons(client, text);
        assertThat(page.getInt("total")).as(text).isEqualTo(1);
        return page.getJsonArray("items").getJsonObject(0).getString("id");
    }

    private static String uniqueNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** A surname no other test uses, so that searches find only this test's people. */
    private static String uniqueSurname() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder name = new StringBuilder("Тест");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            name.append(letters.charAt(random.nextInt(letters.length())));
        }
        return name.toString();
    }
}
