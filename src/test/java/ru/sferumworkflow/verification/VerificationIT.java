package ru.sferumworkflow.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * «Подтверждение статуса «учитель»» against the provisioned server, with the demo staff list: a teacher invited by
 * a personal link gives the phone of their platform profile and is confirmed at once; people who joined otherwise
 * are checked from what the administrator writes — a mismatch goes to review, a stranger is refused, a late review
 * goes to the director; every outcome reaches the person by mail, and the auditor reads the decision table's answer.
 */
class VerificationIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final Pattern PERSONAL_LINK = Pattern.compile("sferum/join/([A-Za-z0-9_-]{43})");
    static final String PROCESS = "teacherVerification";

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
    void anInvitedTeacherWithTheRostersPhoneIsConfirmedAtOnceThenOnThePlatform() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String email = "teacher" + suffix + "@college.test";
        RosterUploads.loaded(admin, "STAFF", "Табельный номер;ФИО;Должность;Педагогический работник;Мобильный телефон;"
                + "E-mail\nТ" + suffix + ";Учителев Пётр Ильич;Преподаватель;да;+7 922 " + suffix.substring(0, 3) + "-"
                + suffix.substring(3, 5) + "-" + suffix.substring(5) + ";" + email + "\n", Duration.ofSeconds(60));
        String teacher = object(admin.get("sferum/api/roster/persons?q=" + encode("Учителев Пётр Ильич")))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(person -> person.getString("fullName").equals("Учителев Пётр Ильич")).findFirst().orElseThrow()
                .getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "DIRECTOR_TEACHERS")
                .add("title", "Педагоги " + suffix).build())).getString("id");
        HttpResponse<String> issued = admin.post("sferum/api/invitations", Json.createObjectBuilder().add("chatId", chat)
                .add("role", "TEACHER").add("platformLink", "https://sferum.ru/invite/" + suffix).add("recipients", "NAMED")
                .add("recipientIds", Json.createArrayBuilder().add(teacher)).build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String invitation = object(issued).getString("processInstanceId");
        Matcher link = PERSONAL_LINK.matcher(Letters.text(Letters.to(mail, email, "")));
        assertThat(link.find()).isTrue();
        String page = "sferum/join/" + link.group(1);
        WebappClient visitor = WebappClient.anonymous(base);
        Eventually.within(Duration.ofSeconds(30), "личная ссылка сохранена", () -> visitor.get(page).statusCode(),
                status -> status == 200);

        // A teacher's join page asks for the phone of the platform profile; without it nothing is claimed.
        assertThat(visitor.get(page).body()).contains("Номер телефона, с которым вы входите в Сферум");
        HttpResponse<String> noPhone = visitor.post(page, "{\"rules\": true, \"consent\": true}");
        assertThat(noPhone.statusCode()).isEqualTo(400);
        assertThat(object(noPhone).getString("message")).contains("Укажите номер телефона");
        assertThat(visitor.get(page).statusCode()).isEqualTo(200);
        String phone = "8 (922) " + suffix.substring(0, 3) + " " + suffix.substring(3, 5) + " " + suffix.substring(5);
        assertThat(visitor.post(page, "{\"rules\": true, \"consent\": true, \"phone\": \"" + phone + "\"}").statusCode())
                .isEqualTo(200);
        Tasks.complete(admin, Tasks.only(admin, invitation, "Принять заявку на вступление"), Map.of("joinAccepted", "yes"));

        // The phone matches the roster: no review, straight to the platform step for the administrators.
        String verification = instanceAbout(admin, teacher);
        JsonObject platform = Tasks.only(admin, verification, "Подтвердить статус в Сферуме");
        assertThat(Tasks.variable(admin, platform, "givenRecord")).contains("Учителев Пётр Ильич", "+7922" + suffix);
        HttpResponse<String> unticked = Tasks.completing(admin, platform, Map.of("confirmedOnPlatform", false));
        assertThat(unticked.statusCode()).isEqualTo(400);
        assertThat(object(unticked).getString("message")).contains("отметьте, что это сделано");
        Tasks.complete(admin, platform, Map.of("confirmedOnPlatform", true));

        String letter = Letters.text(Letters.to(mail, email, "Статус «учитель» подтверждён"));
        assertThat(letter).contains("Учителев Пётр Ильич", "подтверждён");
        Eventually.within(Duration.ofSeconds(30), "проверка завершена", () -> Tasks.ended(admin, verification), ended -> ended);

        // The auditor reads the decision table's answer and who confirmed on the platform.
        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        JsonArray decisions = array(auditor.get(ENGINE + "/history/decision-instance?processInstanceId=" + verification
                + "&includeOutputs=true"));
        assertThat(decisions).hasSize(1);
        assertThat(decisions.getJsonObject(0).getJsonArray("outputs").toString()).contains("CONFIRM");
        JsonArray tasks = array(auditor.get(ENGINE + "/history/task?processInstanceId=" + verification));
        assertThat(tasks.getJsonObject(0).getString("assignee")).isEqualTo("sferum-admin");

        // Joining the next chat does not check a verified status again.
        String next = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "DIRECTOR_TEACHERS")
                .add("title", "Педагоги-2 " + suffix).build())).getString("id");
        HttpResponse<String> again = admin.post("sferum/api/invitations", Json.createObjectBuilder().add("chatId", next)
                .add("role", "TEACHER").add("platformLink", "https://sferum.ru/invite/2" + suffix).add("recipients", "NAMED")
                .add("recipientIds", Json.createArrayBuilder().add(teacher)).build());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        String firstToken = link.group(1);
        String secondPage = "sferum/join/" + Eventually.within(Duration.ofSeconds(30), "второе приглашение",
                () -> tokensIn(Letters.all(mail, email, "")).stream().filter(token -> !token.equals(firstToken))
                        .findFirst(), Optional::isPresent).orElseThrow();
        Eventually.within(Duration.ofSeconds(30), "вторая ссылка сохранена", () -> visitor.get(secondPage).statusCode(),
                status -> status == 200);
        assertThat(visitor.post(secondPage, "{\"rules\": true, \"consent\": true, \"phone\": \"" + phone + "\"}")
                .statusCode()).isEqualTo(200);
        String secondInvitation = object(again).getString("processInstanceId");
        Tasks.complete(admin, Tasks.only(admin, secondInvitation, "Принять заявку на вступление"),
                Map.of("joinAccepted", "yes"));
        assertThat(array(auditor.get(ENGINE + "/history/process-instance?processDefinitionKey=" + PROCESS
                + "&variables=personId_eq_" + teacher))).hasSize(1);
    }

    @Test
    void aDeputyWhoseContactsDifferIsReviewedByAnAdministrator() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        // Not an administrator: neither starts a verification nor sees the review.
        HttpResponse<String> byTeacher = WebappClient.loggedIn(base, "teacher").post(ENGINE
                + "/process-definition/key/" + PROCESS + "/submit-form", form(Map.of("givenName", "Морозов Сергей Викторович",
                "givenPhone", "+7 999 111-22-33")));
        assertThat(byTeacher.statusCode()).isIn(403, 404);
        HttpResponse<String> noContacts = admin.post(ENGINE + "/process-definition/key/" + PROCESS + "/submit-form",
                form(Map.of("givenName", "Морозов Сергей Викторович")));
        assertThat(noContacts.statusCode()).isEqualTo(400);
        assertThat(object(noContacts).getString("message")).contains("Укажите телефон или e-mail");

        String instance = Tasks.start(admin, PROCESS, Map.of("givenName", "Морозов Сергей Викторович",
                "givenPhone", "+7 999 111-22-33", "givenEmail", "morozov.home@mail.test"));
        JsonObject review = Tasks.only(admin, instance, "Подтвердить статус «учитель»");
        assertThat(review.getString("due", null)).isNotNull();
        // The roster's record beside what the person gave.
        assertThat(Tasks.variable(admin, review, "rosterRecord")).contains("Заместитель директора", "+79120000002");
        assertThat(Tasks.variable(admin, review, "givenRecord")).contains("+79991112233", "morozov.home@mail.test");
        assertThat(Tasks.variable(admin, review, "ruleReason")).contains("расходятся");
        assertThat(array(WebappClient.loggedIn(base, "curator").get(ENGINE + "/task?processInstanceId=" + instance)))
                .isEmpty();

        HttpResponse<String> noReason = Tasks.completing(admin, review, Map.of("statusDecision", "refuse"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(object(noReason).getString("message")).contains("Напишите причину отказа");
        Tasks.complete(admin, review, Map.of("statusDecision", "confirm", "statusReason", "Сменил номер, подтвердил лично"));
        Tasks.complete(admin, Tasks.only(admin, instance, "Подтвердить статус в Сферуме"),
                Map.of("confirmedOnPlatform", true));
        assertThat(Letters.text(Letters.to(mail, "morozov.home@mail.test", "Статус «учитель» подтверждён")))
                .contains("Морозов Сергей Викторович");
    }

    @Test
    void aStrangerIsRefusedByTheTableWithTheReasonInTheLetter() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String instance = Tasks.start(admin, PROCESS, Map.of("givenName", "Незнакомов Иван Петрович",
                "givenPhone", "+7 999 000-00-00", "givenEmail", "stranger@mail.test"));
        String letter = Letters.text(Letters.to(mail, "stranger@mail.test", "Статус «учитель» не подтверждён"));
        assertThat(letter).contains("такого человека нет", "обратитесь к администратору");
        Eventually.within(Duration.ofSeconds(30), "проверка завершена", () -> Tasks.ended(admin, instance), ended -> ended);
        assertThat(Tasks.of(admin, instance)).isEmpty();
    }

    @Test
    void aReviewLeftForTwoWorkingDaysGoesToTheDirectorWhoRefusesWithAReason() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        // The accountant: on the staff, but not a pedagogical position.
        String instance = Tasks.start(admin, PROCESS, Map.of("givenName", "Орлов Денис Андреевич",
                "givenEmail", "orlov@college.example"));
        JsonObject review = Tasks.only(admin, instance, "Подтвердить статус «учитель»");
        assertThat(Tasks.variable(admin, review, "ruleReason")).contains("не педагогическая");

        Tasks.runJob(WebappClient.loggedIn(base, "operator", "cockpit"), instance, "reviewOverdue");
        WebappClient director = WebappClient.loggedIn(base, "director");
        JsonObject escalated = Tasks.only(director, instance, "Подтвердить статус «учитель» (срок администраторов истёк)");
        assertThat(Tasks.waitingFor(admin, "sferum-admin", instance)).isEmpty();
        Tasks.complete(director, escalated, Map.of("statusDecision", "refuse",
                "statusReason", "Бухгалтер не ведёт занятий: статус «учитель» не нужен"));
        assertThat(Letters.text(Letters.to(mail, "orlov@college.example", "Статус «учитель» не подтверждён")))
                .contains("Бухгалтер не ведёт занятий");
        JsonArray done = array(WebappClient.loggedIn(base, "auditor", "cockpit").get(ENGINE
                + "/history/task?processInstanceId=" + instance + "&taskDefinitionKey=reviewStatusEscalated"));
        assertThat(done.getJsonObject(0).getString("assignee")).isEqualTo("director");
    }

    private static List<String> tokensIn(List<MimeMessage> letters) {
        List<String> tokens = new ArrayList<>();
        for (MimeMessage letter : letters) {
            try {
                Matcher found = PERSONAL_LINK.matcher(Letters.text(letter));
                while (found.find()) {
                    tokens.add(found.group(1));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return tokens;
    }

    /** The verification started for the person, as the operator finds it. */
    private String instanceAbout(WebappClient admin, String personId) {
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        return Eventually.within(Duration.ofSeconds(30), "проверка статуса начата", () -> array(operator.get(ENGINE
                + "/process-instance?processDefinitionKey=" + PROCESS + "&variables=personId_eq_" + personId)),
                found -> found.size() == 1).getJsonObject(0).getString("id");
    }
}
