package ru.sferumworkflow.invitation;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.AdultClass;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * Invitations against the provisioned server and a real SMTP server: personal links by mail on the configured
 * public address, the join page (rules, consent — a parent's for a minor — the platform link once), the issuer's
 * decision, expiry, revocation, a stranger, a claim racing a revocation, the forbidden-services rule, who may
 * invite, and the limit on unknown tokens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final String PUBLIC_URL = "https://sferum.college.test/camunda/";
    static final Pattern PERSONAL_LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "sferum/join/([A-Za-z0-9_-]{43})");
    static final String PLATFORM_LINK = "https://sferum.ru/invite/";

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

    /** A group with a class chat, an adult student and a minor with a parent — all with their own e-mails. */
    record Class(String chatId, String adultId, String adultEmail, String minorId, String minorEmail, String parentId) {
    }

    @Test
    @Order(1)
    void studentsGetPersonalLinksReadTheRulesConsentAndSeeThePlatformLinkOnce() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Class klass = newClass(admin);
        JsonObject invitation = issue(admin, Json.createObjectBuilder().add("chatId", klass.chatId())
                .add("role", "STUDENT").add("platformLink", PLATFORM_LINK + klass.chatId())
                .add("recipients", "ALL_STUDENTS").add("validDays", 7).build());
        assertThat(invitation.getString("status")).isEqualTo("OPEN");

        MimeMessage letter = letterTo(klass.adultEmail());
        assertThat(letter.getSubject()).contains("Приглашение в «Класс " );
        String adultToken = token(letter);
        String minorToken = token(letterTo(klass.minorEmail()));
        sent(admin, invitation);
        assertThat(text(letter)).doesNotContain(PLATFORM_LINK).contains("Кузнецова");

        WebappClient visitor = WebappClient.anonymous(base);
        HttpResponse<String> page = visitor.get("sferum/join/" + adultToken);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).contains("Правила общения в чате", "152-ФЗ").doesNotContain(PLATFORM_LINK);

        assertThat(visitor.post("sferum/join/" + adultToken, "{\"rules\": true, \"consent\": false}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> claimed = visitor.post("sferum/join/" + adultToken, "{\"rules\": true, \"consent\": true}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        assertThat(object(claimed).getString("platformLink")).isEqualTo(PLATFORM_LINK + klass.chatId());

        HttpResponse<String> again = visitor.get("sferum/join/" + adultToken);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("уже использована").doesNotContain(PLATFORM_LINK);
        assertThat(visitor.post("sferum/join/" + adultToken, "{\"rules\": true, \"consent\": true}").statusCode())
                .isEqualTo(410);

        // A minor: the page asks which parent consents, and the consent is recorded as the parent's.
        HttpResponse<String> minorPage = visitor.get("sferum/join/" + minorToken);
        assertThat(minorPage.body()).contains("даёт родитель", "Родителева");
        assertThat(visitor.post("sferum/join/" + minorToken, "{\"rules\": true, \"consent\": true}").statusCode())
                .isEqualTo(400);
        assertThat(visitor.post("sferum/join/" + minorToken, "{\"rules\": true, \"consent\": true, \"parentId\": \""
                + klass.parentId() + "\"}").statusCode()).isEqualTo(200);
        JsonObject consent = object(admin.get("sferum/api/roster/persons/" + klass.minorId())).getJsonArray("consents")
                .getJsonObject(0);
        assertThat(consent.getJsonObject("givenBy").getString("id")).isEqualTo(klass.parentId());

        // Two claims wait for the issuer at once; each decision is about its own claimant, in any order.
        List<JsonObject> decisions = Eventually.within(Duration.ofSeconds(30), "две заявки", () -> array(admin.get(
                ENGINE + "/task?processInstanceId=" + invitation.getString("processInstanceId") + "&name="
                        + encode("Принять заявку на вступление"))).getValuesAs(JsonObject.class), tasks -> tasks.size() == 2);
        assertThat(decisions).allSatisfy(task -> assertThat(task.getString("assignee")).isEqualTo("sferum-admin"));
        List<JsonObject> newestFirst = new ArrayList<>(decisions);
        Collections.reverse(newestFirst);
        for (JsonObject task : newestFirst) {
            complete(admin, task, Map.of("joinAccepted", "yes", "recipientId", "an attempt to decide for someone else"));
        }
        for (String person : List.of(klass.adultId(), klass.minorId())) {
            assertThat(array(admin.get("sferum/api/chats/memberships?person=" + person))).singleElement()
                    .satisfies(membership -> {
                        assertThat(membership.asJsonObject().getString("chatId")).isEqualTo(klass.chatId());
                        // The rules read on the join page: the standard ones, version 1.
                        assertThat(membership.asJsonObject().getInt("rulesVersion")).isEqualTo(1);
                    });
        }

        // Everyone has used their link: the links are closed and the platform link goes to annulment.
        JsonObject annul = taskOf(admin, invitation, "Аннулировать ссылку-приглашение");
        assertThat(view(admin, invitation).getString("endReason")).isEqualTo("ALL_CLAIMED");
        complete(admin, annul, Map.of("linkAnnulled", true));
        JsonObject done = view(admin, invitation);
        assertThat(done.getString("status")).isEqualTo("ANNULLED");
        assertThat(done.getJsonArray("trail").getValuesAs(JsonObject.class)).extracting(event -> event.getString("action"))
                .contains("INVITATION_ISSUED", "INVITATION_SENT", "INVITATION_CLAIMED", "JOIN_ACCEPTED",
                        "INVITATION_ALL_CLAIMED", "INVITATION_ANNULLED");
    }

    @Test
    @Order(2)
    void linksToForbiddenServicesOrOutsideThePlatformAreRefusedWithTheRule() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Class klass = newClass(admin);
        for (String link : List.of("https://t.me/+abcdef", "https://chat.whatsapp.com/xyz", "https://example.com/join")) {
            HttpResponse<String> refused = admin.post("sferum/api/invitations", Json.createObjectBuilder()
                    .add("chatId", klass.chatId()).add("role", "STUDENT").add("platformLink", link)
                    .add("recipients", "ALL_STUDENTS").build());
            assertThat(refused.statusCode()).as(link).isEqualTo(400);
            assertThat(object(refused).getString("message")).as(link)
                    .containsAnyOf("п. 8 Порядка", "домене платформы");
        }
        HttpResponse<String> telegram = admin.post("sferum/api/invitations", Json.createObjectBuilder()
                .add("chatId", klass.chatId()).add("role", "STUDENT").add("platformLink", "https://t.me/+abc")
                .add("recipients", "ALL_STUDENTS").build());
        assertThat(object(telegram).getString("message")).contains("Telegram", "п. 8 Порядка");
    }

    @Test
    @Order(3)
    void onlyAdministratorsModeratorsAndClassTeachersInviteAndOnlyIntoFittingChats() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Class klass = newClass(admin);
        JsonObject students = Json.createObjectBuilder().add("chatId", klass.chatId()).add("role", "STUDENT")
                .add("platformLink", PLATFORM_LINK + "x").add("recipients", "ALL_STUDENTS").build();
        // «teacher» (Павлов) neither moderates this class nor leads its group.
        HttpResponse<String> teacher = WebappClient.loggedIn(base, "teacher").post("sferum/api/invitations", students);
        assertThat(teacher.statusCode()).isEqualTo(400);
        assertThat(object(teacher).getString("message")).contains("модератор");
        assertThat(WebappClient.loggedIn(base, "auditor").post("sferum/api/invitations", students).statusCode())
                .isEqualTo(403);
        // A teacher sees only the invitations they issued.
        JsonObject issued = issue(admin, students);
        assertThat(WebappClient.loggedIn(base, "teacher").get("sferum/api/invitations/" + issued.getString("id"))
                .statusCode()).isEqualTo(404);
        assertThat(WebappClient.loggedIn(base, "auditor").get("sferum/api/invitations/" + issued.getString("id"))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> parents = admin.post("sferum/api/invitations", Json.createObjectBuilder()
                .add("chatId", klass.chatId()).add("role", "PARENT").add("platformLink", PLATFORM_LINK + "x")
                .add("recipients", "ALL_PARENTS").build());
        assertThat(parents.statusCode()).isEqualTo(400);
        assertThat(object(parents).getString("message")).contains("родителей — только в чаты с родителями");
        HttpResponse<String> tooLong = admin.post("sferum/api/invitations", Json.createObjectBuilder()
                .add("chatId", klass.chatId()).add("role", "STUDENT").add("platformLink", PLATFORM_LINK + "x")
                .add("recipients", "ALL_STUDENTS").add("validDays", 31).build());
        assertThat(object(tooLong).getString("message")).contains("от 1 до 30");
    }

    @Test
    @Order(4)
    void expiryAndRevocationKillUnusedLinksAndAStrangerKillsTheRest() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        WebappClient visitor = WebappClient.anonymous(base);

        // Expiry (the timer's job run now): the reminder first, then the end.
        Class expiring = newClass(admin);
        JsonObject first = issue(admin, studentsOf(expiring));
        String expiringToken = token(letterTo(expiring.adultEmail()));
        sent(admin, first);
        runTimer(operator, first, "reminderDue");
        assertThat(Eventually.within(Duration.ofSeconds(30), "напоминание", () -> lettersTo(expiring.adultEmail()),
                letters -> letters.size() == 2).get(1).getSubject()).startsWith("Напоминание");
        // The letter leaves before its job commits: the expiry runs once the reminder's job is over, as it would a
        // day later.
        Eventually.within(Duration.ofSeconds(30), "напоминание записано", () -> array(operator.get(ENGINE
                + "/job?processInstanceId=" + first.getString("processInstanceId") + "&activityId=remindRecipients")),
                JsonArray::isEmpty);
        runTimer(operator, first, "expired");
        assertThat(view(admin, first).getString("endReason")).isEqualTo("EXPIRED");
        assertThat(visitor.get("sferum/join/" + expiringToken).statusCode()).isEqualTo(410);
        taskOf(admin, first, "Аннулировать ссылку-приглашение");

        // Revocation by the issuer.
        Class revoked = newClass(admin);
        JsonObject second = issue(admin, studentsOf(revoked));
        String revokedToken = token(letterTo(revoked.adultEmail()));
        sent(admin, second);
        HttpResponse<String> revocation = admin.post("sferum/api/invitations/" + second.getString("id") + "/revoke", "{}");
        assertThat(revocation.statusCode()).as(revocation.body()).isEqualTo(200);
        assertThat(object(revocation).getString("endReason")).isEqualTo("REVOKED");
        HttpResponse<String> dead = visitor.get("sferum/join/" + revokedToken);
        assertThat(dead.statusCode()).isEqualTo(410);
        assertThat(dead.body()).contains("отозвано").doesNotContain(PLATFORM_LINK);
        taskOf(admin, second, "Аннулировать ссылку-приглашение");

        // A stranger joined with the adult's link: rejected, so the minor's unused link dies at once.
        Class stolen = newClass(admin);
        JsonObject third = issue(admin, studentsOf(stolen));
        String stolenToken = token(letterTo(stolen.adultEmail()));
        String otherToken = token(letterTo(stolen.minorEmail()));
        sent(admin, third);
        assertThat(visitor.post("sferum/join/" + stolenToken, "{\"rules\": true, \"consent\": true}").statusCode())
                .isEqualTo(200);
        JsonObject task = taskOf(admin, third, "Принять заявку на вступление");
        assertThat(admin.post(ENGINE + "/task/" + task.getString("id") + "/complete", form(Map.of("joinAccepted", "no")))
                .statusCode()).isEqualTo(400);
        complete(admin, task, Map.of("joinAccepted", "no", "decisionNote", "Вступил незнакомый аккаунт"));
        assertThat(view(admin, third).getString("endReason")).isEqualTo("STRANGER");
        assertThat(visitor.get("sferum/join/" + otherToken).statusCode()).isEqualTo(410);
        taskOf(admin, third, "Аннулировать ссылку-приглашение");
        assertThat(array(admin.get("sferum/api/chats/memberships?person=" + stolen.adultId()))).isEmpty();
    }

    @Test
    @Order(5)
    void aClaimAndARevocationAtTheSameMomentNeverBothWin() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Class klass = newClass(admin);
                JsonObject invitation = issue(admin, Json.createObjectBuilder().add("chatId", klass.chatId())
                        .add("role", "STUDENT").add("platformLink", PLATFORM_LINK + klass.chatId())
                        .add("recipients", "NAMED").add("recipientIds", Json.createArrayBuilder().add(klass.adultId()))
                        .build());
                String token = token(letterTo(klass.adultEmail()));
                sent(admin, invitation);
                WebappClient visitor = WebappClient.anonymous(base);
                CountDownLatch start = new CountDownLatch(1);
                Callable<Integer> claim = () -> {
                    start.await();
                    return visitor.post("sferum/join/" + token, "{\"rules\": true, \"consent\": true}").statusCode();
                };
                Callable<Integer> revoke = () -> {
                    start.await();
                    return admin.post("sferum/api/invitations/" + invitation.getString("id") + "/revoke", "{}").statusCode();
                };
                Future<Integer> claimed = pool.submit(claim);
                Future<Integer> revoked = pool.submit(revoke);
                start.countDown();
                int claimStatus = claimed.get();
                int revokeStatus = revoked.get();

                JsonObject after = view(admin, invitation);
                String recipient = after.getJsonArray("recipients").getJsonObject(0).getString("status");
                assertThat(List.of(claimStatus, revokeStatus)).as("round " + round).doesNotContain(500);
                if (claimStatus == 200) {
                    assertThat(revokeStatus).as("round " + round).isIn(400, 409);
                    assertThat(recipient).isEqualTo("CLAIMED");
                    assertThat(after.getString("endReason")).isEqualTo("ALL_CLAIMED");
                } else {
                    assertThat(claimStatus).as("round " + round).isEqualTo(410);
                    assertThat(revokeStatus).as("round " + round).isEqualTo(200);
                    assertThat(recipient).isEqualTo("DEAD");
                    assertThat(after.getString("endReason")).isEqualTo("REVOKED");
                }
                taskOf(admin, invitation, "Аннулировать ссылку-приглашение");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(6)
    void aClassTeacherInvitesTheParentsOfTheirGroupFromTheTasklistForm() throws Exception {
        WebappClient curator = WebappClient.loggedIn(base, "curator");
        // The demo roster: Волкова (curator) leads ИС-21; Иванова Ольга Петровна is a parent there.
        Eventually.within(Duration.ofSeconds(60), "демо-списки", () -> object(curator.get(
                "sferum/api/roster/persons?q=" + encode("Иванова Ольга Петровна"))).getInt("total"), total -> total == 1);
        HttpResponse<String> started = curator.post(ENGINE + "/process-definition/key/invitation/submit-form",
                form(Map.of("chatKind", "GROUP_PARENTS", "groupCode", "ИС-21", "role", "PARENT", "recipients", "NAMED",
                        "recipientNames", "Иванова Ольга Петровна", "platformLink", PLATFORM_LINK + "is21-parents",
                        "validDays", "7")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(text(letterTo("ivanova@mail.example"))).contains("ИС-21: родители", "Елена Андреевна Волкова");

        // Not her group: «teacher» leads no group and moderates none of the demo chats.
        HttpResponse<String> refused = WebappClient.loggedIn(base, "teacher").post(
                ENGINE + "/process-definition/key/invitation/submit-form",
                form(Map.of("chatKind", "GROUP_PARENTS", "groupCode", "ИС-21", "role", "PARENT", "recipients", "NAMED",
                        "recipientNames", "Иванова Ольга Петровна", "platformLink", PLATFORM_LINK + "x", "validDays", "7")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(object(refused).getString("message")).contains("классный руководитель группы ИС-21");

        // A list longer than the engine keeps a text (4,000 characters): refused in Russian, not the engine's error.
        HttpResponse<String> tooLong = curator.post(ENGINE + "/process-definition/key/invitation/submit-form",
                form(Map.of("chatKind", "GROUP_PARENTS", "groupCode", "ИС-21", "role", "PARENT", "recipients", "NAMED",
                        "recipientNames", "Иванова Ольга Петровна\n".repeat(200), "platformLink",
                        PLATFORM_LINK + "is21-parents", "validDays", "7")));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(object(tooLong).getString("message")).contains("Список получателей длиннее 4 000 знаков");
    }

    @Test
    @Order(7)
    void anInvitationThroughTheApiMayNameMoreRecipientsThanFitInOneText() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        AdultClass group = AdultClass.create(admin, "КИ", 120);
        String groupId = RosterUploads.groupId(admin, group.code());
        JsonArrayBuilder ids = Json.createArrayBuilder();
        object(admin.get("sferum/api/roster/persons?size=200&group=" + groupId)).getJsonArray("items")
                .getValuesAs(JsonObject.class).forEach(person -> ids.add(person.getString("id")));

        // 120 ids of 36 characters: 4,439 with the commas, more than the engine keeps in a text variable.
        issue(admin, Json.createObjectBuilder().add("chatId", group.chatId()).add("role", "STUDENT")
                .add("platformLink", PLATFORM_LINK + group.chatId()).add("recipients", "NAMED").add("recipientIds", ids)
                .build());
        Eventually.within(Duration.ofMinutes(2), "письма всем 120", () -> Letters.perAddress(mail).keySet()
                .containsAll(group.addresses()), all -> all);
    }

    @Test
    @Order(99)
    void unknownTokensAreLimitedPerAddress() {
        WebappClient visitor = WebappClient.anonymous(base);
        for (int i = 0; i < 20; i++) {
            assertThat(visitor.get("sferum/join/" + randomToken()).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> blocked = visitor.get("sferum/join/" + randomToken());
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Слишком много попыток");
    }

    private Class newClass(WebappClient admin) {
        String code = "П-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        upload(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n");
        String adultEmail = "adult" + suffix + "@mail.test";
        String minorEmail = "minor" + suffix + "@mail.test";
        upload(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail;ФИО родителя 1;E-mail родителя 1\n"
                + "В" + suffix + ";Взрослов Иван Петрович;" + date.format(LocalDate.now().minusYears(19)) + ";" + code
                + ";" + adultEmail + ";;\n"
                + "Н" + suffix + ";Младшев Олег Петрович;" + date.format(LocalDate.now().minusYears(16)) + ";" + code
                + ";" + minorEmail + ";Родителева Анна Ивановна;parent" + suffix + "@mail.test\n");
        JsonArray people = object(admin.get("sferum/api/roster/persons?size=200&group="
                + groupId(admin, code))).getJsonArray("items");
        String adult = idOf(people, "Взрослов Иван Петрович");
        String minor = idOf(people, "Младшев Олег Петрович");
        String parent = object(admin.get("sferum/api/roster/persons/" + minor)).getJsonArray("parents").getJsonObject(0)
                .getJsonObject("person").getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "CLASS")
                .add("title", "Класс " + code).add("groupId", groupId(admin, code)).build())).getString("id");
        return new Class(chat, adult, adultEmail, minor, minorEmail, parent);
    }

    private static JsonObject studentsOf(Class klass) {
        return Json.createObjectBuilder().add("chatId", klass.chatId()).add("role", "STUDENT")
                .add("platformLink", PLATFORM_LINK + klass.chatId()).add("recipients", "ALL_STUDENTS").build();
    }

    private JsonObject issue(WebappClient admin, JsonObject request) {
        HttpResponse<String> issued = admin.post("sferum/api/invitations", request);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return object(issued);
    }

    /**
     * Every letter sent and its link recorded (the record commits right after the letter, SentLetters), and the
     * letters' jobs over: what the test does next — a revocation, an expiry — then does not meet a letter job still
     * finishing (that meeting is a 409 «changed by another user», tried in aClaimAndARevocationAtTheSameMoment…).
     */
    private JsonObject sent(WebappClient admin, JsonObject invitation) {
        JsonObject view = Eventually.within(Duration.ofSeconds(30), "личные ссылки сохранены", () -> view(admin, invitation),
                found -> found.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                        .noneMatch(recipient -> recipient.getString("status").equals("PENDING")));
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        Eventually.within(Duration.ofSeconds(30), "задания писем завершены", () -> object(operator.get(ENGINE
                + "/job/count?processInstanceId=" + invitation.getString("processInstanceId") + "&executable=true"))
                .getInt("count"), count -> count == 0);
        return view;
    }

    private JsonObject view(WebappClient admin, JsonObject invitation) {
        return object(admin.get("sferum/api/invitations/" + invitation.getString("id")));
    }

    private JsonObject taskOf(WebappClient admin, JsonObject invitation, String name) {
        JsonArray tasks = Eventually.within(Duration.ofSeconds(30), "задача «" + name + "»",
                () -> array(admin.get(ENGINE + "/task?processInstanceId=" + invitation.getString("processInstanceId")
                        + "&name=" + encode(name))), found -> !found.isEmpty());
        return tasks.getJsonObject(0);
    }

    private void complete(WebappClient client, JsonObject task, Map<String, ?> values) {
        HttpResponse<String> done = client.post(ENGINE + "/task/" + task.getString("id") + "/complete", form(values));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    }

    /** Runs a timer of the invitation now, as an operator would from Cockpit. */
    private void runTimer(WebappClient operator, JsonObject invitation, String activityId) {
        JsonArray jobs = array(operator.get(ENGINE + "/job?processInstanceId=" + invitation.getString("processInstanceId")
                + "&activityId=" + activityId));
        assertThat(jobs).as(activityId).hasSize(1);
        HttpResponse<String> run = operator.post(ENGINE + "/job/" + jobs.getJsonObject(0).getString("id") + "/execute", "{}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(204);
    }

    private static void upload(WebappClient admin, String kind, String file) {
        RosterUploads.loaded(admin, kind, file, Duration.ofSeconds(60));
    }

    private String groupId(WebappClient admin, String code) {
        return array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
    }

    private static String idOf(JsonArray people, String fullName) {
        return people.getValuesAs(JsonObject.class).stream().filter(person -> person.getString("fullName").equals(fullName))
                .findFirst().orElseThrow().getString("id");
    }

    private static List<MimeMessage> lettersTo(String address) {
        List<MimeMessage> letters = new ArrayList<>();
        for (MimeMessage letter : mail.getReceivedMessages()) {
            try {
                if (letter.getAllRecipients()[0].toString().equals(address)) {
                    letters.add(letter);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return letters;
    }

    private static MimeMessage letterTo(String address) {
        return Eventually.within(Duration.ofSeconds(30), "письмо на " + address, () -> lettersTo(address),
                letters -> !letters.isEmpty()).get(0);
    }

    private static String token(MimeMessage letter) throws Exception {
        Matcher link = PERSONAL_LINK.matcher(text(letter));
        assertThat(link.find()).as("личная ссылка на " + PUBLIC_URL).isTrue();
        return link.group(1);
    }

    private static String text(MimeMessage letter) throws Exception {
        Object content = letter.getContent();
        return content instanceof Multipart parts ? parts.getBodyPart(0).getContent().toString() : content.toString();
    }

    private static String randomToken() {
        return InvitationTokens.newToken();
    }
}
