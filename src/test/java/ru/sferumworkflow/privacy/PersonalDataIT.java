package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import ru.sferumworkflow.roster.RosterUploads;

/**
 * A student expelled and removed from every chat, with the mother who has no other child here: the daily sweep
 * proposes the destruction of both (the test server keeps data 0 days), an administrator proposes it to the
 * commission, a deputy approves, and afterwards a search of every table of the database — the application's and the
 * engine's, text and binary — finds none of their names, phones, e-mails or birth dates; the act and the extract from
 * the event log are there and list what was destroyed; the ids, memberships and their ends remain.
 */
class PersonalDataIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String API = "sferum/api/";
    static final String PROPOSE = "Предложить уничтожение персональных данных";
    static final String APPROVE = "Утвердить уничтожение персональных данных (комиссия)";

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
    void theDataOfPeopleWhoLeftIsDestroyedEverywhereWithAnActAndTheFactsStay() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String code = "ПД-" + n.substring(0, 5);
        String student = "Стираемая Злата " + suffix(n) + "овна";
        String mother = "Стираемая Ульяна " + suffix(n) + "евна";
        String studentMail = "zlata" + n + "@mail.test";
        String motherMail = "ulyana" + n + "@mail.test";
        LocalDate birth = LocalDate.now().minusYears(16).minusDays(Integer.parseInt(n.substring(0, 3)));
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail;"
                + "ФИО родителя 1;E-mail родителя 1\n" + "С" + n + ";" + student + ";" + DATE.format(birth) + ";" + code
                + ";" + studentMail + ";" + mother + ";" + motherMail + "\n", Duration.ofSeconds(60));
        String studentId = personId(admin, student);
        String motherId = personId(admin, mother);
        String group = array(admin.get(API + "roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String pavlov = personId(admin, "Павлов Дмитрий Игоревич");
        String volkova = personId(admin, "Волкова Елена Андреевна");
        String students = chat(admin, "GROUP_STUDENTS", "Обучающиеся " + code, group, pavlov);
        String parents = chat(admin, "GROUP_PARENTS", "Родители " + code, group, volkova);
        join(admin, studentId, students, "STUDENT");
        join(admin, motherId, parents, "PARENT");

        // Expelled; both removed from their chats by the moderators (the tasks name them: the history holds the names).
        HttpResponse<String> moved = admin.post(API + "roster/movements", Json.createObjectBuilder()
                .add("personId", studentId).add("kind", "EXPULSION").add("orderNumber", "77-у")
                .add("orderDate", LocalDate.now().toString()).build());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        String removal = object(moved).getString("processInstanceId");
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        WebappClient curator = WebappClient.loggedIn(base, "curator");
        JsonObject studentsTask = Tasks.only(teacher, removal, "Удалить участника из чата");
        assertThat(teacher.get(ENGINE + "/task/" + studentsTask.getString("id") + "/form-variables").body())
                .contains(student);
        Tasks.complete(teacher, studentsTask, Map.of("removedFromChat", true));
        Tasks.complete(curator, Tasks.only(curator, removal, "Удалить участника из чата"), Map.of("removedFromChat", true));
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        Eventually.within(Duration.ofSeconds(30), "удаление завершено", () -> Tasks.ended(operator, removal),
                ended -> ended);

        // The morning sweep (fired here by the operator) proposes both; nobody can start a destruction by hand.
        JsonObject sweep = array(operator.get(ENGINE + "/job?processDefinitionKey=personalDataSweep&timers=true"))
                .getJsonObject(0);
        assertThat(operator.post(ENGINE + "/job/" + sweep.getString("id") + "/execute", "{}").statusCode()).isEqualTo(204);
        String studentDestruction = destructionOf(operator, studentId);
        String motherDestruction = destructionOf(operator, motherId);
        assertThat(admin.post(ENGINE + "/process-definition/key/personalDataDestruction/submit-form", form(Map.of()))
                .statusCode()).isIn(403, 404, 400);

        JsonObject proposal = Tasks.only(admin, studentDestruction, PROPOSE);
        String shown = Tasks.variable(admin, proposal, "personSummary") + " "
                + Tasks.variable(admin, proposal, "destructionReason");
        assertThat(shown).contains("Обучающийся", "группа " + code, "Отчисление, приказ № 77-у").doesNotContain("Стираемая");
        HttpResponse<String> noReason = Tasks.completing(admin, proposal, Map.of("proposal", "postpone"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(object(noReason).getString("message")).contains("почему уничтожение откладывается");
        Tasks.complete(admin, proposal, Map.of("proposal", "destroy"));
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        assertThat(Tasks.waitingFor(admin, "sferum-admin", studentDestruction)).as("the commission's task is not the proposer's")
                .isEmpty();
        Tasks.complete(deputy, Tasks.only(deputy, studentDestruction, APPROVE), Map.of("approval", "destroy"));
        Tasks.complete(admin, Tasks.only(admin, motherDestruction, PROPOSE), Map.of("proposal", "destroy"));
        Tasks.complete(deputy, Tasks.only(deputy, motherDestruction, APPROVE), Map.of("approval", "destroy"));
        // The erasure walks every table of the college and of the history: on a loaded machine with the whole run's
        // data it has taken over a minute.
        Eventually.within(Duration.ofSeconds(180), "данные уничтожены", () -> Tasks.ended(operator, studentDestruction)
                && Tasks.ended(operator, motherDestruction), ended -> ended);

        // Nothing of theirs anywhere in the database.
        List<String> left = search(List.of(student, mother, studentMail, motherMail, DATE.format(birth),
                birth.toString(), "С" + n));
        assertThat(left).isEmpty();

        // The card keeps its id and status; the memberships and their ends stay, under the id.
        JsonObject card = object(admin.get(API + "roster/persons/" + studentId));
        assertThat(card.toString()).contains("Уничтожено").doesNotContain(studentMail);
        JsonObject membership = array(admin.get(API + "chats/memberships?person=" + studentId)).getJsonObject(0);
        assertThat(membership.getString("until", null)).isNotNull();
        assertThat(membership.getString("endReason")).startsWith("Отчисление");

        // The act and the extract, for the administrators and the auditors; nobody else.
        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        JsonObject destroyed = array(auditor.get(API + "destructions")).getValuesAs(JsonObject.class).stream()
                .filter(destruction -> destruction.getString("personId").equals(studentId)).findFirst().orElseThrow();
        assertThat(destroyed.getString("status")).isEqualTo("DESTROYED");
        assertThat(destroyed.getString("proposedBy")).isEqualTo("sferum-admin");
        assertThat(destroyed.getString("approvedBy")).isEqualTo("deputy");
        assertThat(destroyed.getBoolean("actKept")).isTrue();
        HttpResponse<byte[]> act = auditor.download(API + "destructions/" + destroyed.getString("id") + "/act");
        assertThat(act.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(act.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("об уничтожении персональных данных", studentId, "фамилия, имя, отчество",
                    "адрес электронной почты", "дата рождения", "Отчисление, приказ № 77-у", "Морозов")
                    .doesNotContain("Стираемая");
        }
        HttpResponse<String> extract = auditor.get(API + "destructions/" + destroyed.getString("id") + "/extract",
                "text/csv");
        assertThat(extract.statusCode()).isEqualTo(200);
        assertThat(extract.body()).contains("PD_DESTRUCTION_PROPOSED", "PD_DESTRUCTION_APPROVED", "PD_DESTROYED",
                "Отчисление").doesNotContain("Стираемая", studentMail);
        assertThat(WebappClient.loggedIn(base, "teacher").get(API + "destructions").statusCode()).isEqualTo(403);

        // The sweep never proposes them again.
        JsonObject next = array(operator.get(ENGINE + "/job?processDefinitionKey=personalDataSweep&timers=true"))
                .getJsonObject(0);
        assertThat(operator.post(ENGINE + "/job/" + next.getString("id") + "/execute", "{}").statusCode()).isEqualTo(204);
        assertThat(array(operator.get(ENGINE + "/process-instance?processDefinitionKey=personalDataDestruction"
                + "&businessKey=pd:" + studentId))).isEmpty();
    }

    @Test
    void peopleInChatsWithoutAValidConsentAreListedForTheAdministrators() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String code = "СГ-" + n.substring(0, 5);
        String student = "Безсогласия Ян " + suffix(n) + "ович";
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n" + "Б" + n + ";"
                + student + ";01.02.2005;" + code + ";yan" + n + "@mail.test\n", Duration.ofSeconds(60));
        String studentId = personId(admin, student);
        String group = array(admin.get(API + "roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String chat = chat(admin, "GROUP_STUDENTS", "Обучающиеся " + code, group, personId(admin, "Павлов Дмитрий Игоревич"));
        assertThat(array(admin.get(API + "consents/missing")).getValuesAs(JsonObject.class))
                .noneMatch(view -> view.getString("personId").equals(studentId));

        // Added to the chat by hand, without the join page: no consent.
        join(admin, studentId, chat, "STUDENT");
        JsonObject missing = array(admin.get(API + "consents/missing")).getValuesAs(JsonObject.class).stream()
                .filter(view -> view.getString("personId").equals(studentId)).findFirst().orElseThrow();
        assertThat(missing.getString("fullName")).isEqualTo(student);
        assertThat(missing.getString("roleTitle")).isEqualTo("обучающийся");
        assertThat(missing.getJsonArray("chats").getString(0)).isEqualTo("Обучающиеся " + code);
        HttpResponse<String> csv = WebappClient.loggedIn(base, "auditor", "cockpit").get(API + "consents/missing?format=csv",
                "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFФИО;Кто;Чаты").contains(student + ";обучающийся;Обучающиеся " + code);
        assertThat(WebappClient.loggedIn(base, "teacher").get(API + "consents/missing").statusCode()).isEqualTo(403);
    }

    /**
     * Every column of every table of the application and of the engine, texts as they are and binary values as UTF-8
     * and windows-1251, holding any of the values (in any case): where, and what.
     */
    static List<String> search(List<String> values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = serverDatabase()) {
            for (String table : allTables(connection)) {
                try (Statement all = connection.createStatement(); ResultSet rows = all.executeQuery("select * from "
                        + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object value = rows.getObject(i);
                            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) + " "
                                    + new String(bytes, Charset.forName("windows-1251")) : String.valueOf(value);
                            String lower = text.toLowerCase(Locale.ROOT);
                            for (String personal : values) {
                                if (lower.contains(personal.toLowerCase(Locale.ROOT))) {
                                    found.add(table + "." + rows.getMetaData().getColumnName(i) + " holds «" + personal + "»");
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every table of the application and of the engine, none left out. */
    private static List<String> allTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                String upper = table.toUpperCase(Locale.ROOT);
                String schema = found.getString("TABLE_SCHEM");
                if ((upper.startsWith("SFW_") || upper.startsWith("ACT_"))
                        && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
                    // Quoted as the database keeps it: Flyway's own table is upper case on PostgreSQL too.
                    tables.add("\"" + table + "\"");
                }
            }
        }
        assertThat(tables).as("tables found").hasSizeGreaterThan(60);
        return tables;
    }

    private static String destructionOf(WebappClient operator, String personId) {
        return Eventually.within(Duration.ofSeconds(30), "уничтожение предложено", () -> array(operator.get(ENGINE
                + "/process-instance?processDefinitionKey=personalDataDestruction&businessKey=pd:" + personId)),
                found -> found.size() == 1).getJsonObject(0).getString("id");
    }

    static String personId(WebappClient admin, String fullName) {
        return Eventually.within(Duration.ofSeconds(60), fullName + " в списках", () -> object(admin.get(API
                + "roster/persons?q=" + encode(fullName))).getJsonArray("items"), items -> !items.isEmpty())
                .getJsonObject(0).getString("id");
    }

    static String chat(WebappClient admin, String kind, String title, String group, String moderator) {
        HttpResponse<String> created = admin.post(API + "chats", Json.createObjectBuilder().add("kind", kind)
                .add("title", title).add("groupId", group).add("moderatorId", moderator).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return object(created).getString("id");
    }

    static void join(WebappClient admin, String person, String chat, String role) {
        HttpResponse<String> joined = admin.post(API + "chats/memberships", Json.createObjectBuilder()
                .add("personId", person).add("chatId", chat).add("role", role).build());
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    }

    /** Letters for a unique patronymic stem: a name of digits would be refused as a name. */
    static String suffix(String digits) {
        StringBuilder stem = new StringBuilder("Р");
        for (char digit : digits.toCharArray()) {
            stem.append("абвгдежзик".charAt(digit - '0'));
        }
        return stem.toString();
    }
}
