package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;
import static ru.sferumworkflow.privacy.PersonalDataIT.chat;
import static ru.sferumworkflow.privacy.PersonalDataIT.join;
import static ru.sferumworkflow.privacy.PersonalDataIT.personId;
import static ru.sferumworkflow.privacy.PersonalDataIT.suffix;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.MultipartBody;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.Tasks;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * The consent register over HTTP: a paper consent with its scan on the card (and what is refused); a parent asks for
 * a personal link on the public page, withdraws the consent given for a minor child, the child leaves every chat
 * through the moderators' tasks, and the data is destroyed by the commission before the legal last day; a paper
 * withdrawal with its scan for a person in no chat goes straight to the destruction.
 */
class ConsentIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String API = "sferum/api/";
    static final DateTimeFormatter CAMUNDA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    static final Pattern LINK = Pattern.compile("sferum/consent/([A-Za-z0-9_-]{43})");

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

    /** A group, a minor student and the mother, unique to the test. */
    private record Family(String n, String code, String groupId, String student, String studentId, String studentMail,
            LocalDate birth, String mother, String motherId, String motherMail) {
    }

    @Test
    void aPaperConsentWithItsScanIsOnTheCardAndWhatIsWrongIsRefused() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Family family = family(admin, "БС");
        String today = LocalDate.now().toString();
        byte[] scan = pdf("Согласие " + family.student());

        assertThat(paperConsent(WebappClient.loggedIn(base, "teacher"), family.studentId(), family.motherId(), today,
                "scan", "consent.pdf", scan).statusCode()).isEqualTo(403);
        assertRefused(paperConsent(admin, family.studentId(), family.motherId(), today, null, null, null),
                "Приложите скан");
        assertRefused(paperConsent(admin, family.studentId(), family.motherId(), today, "scan", "consent.pdf",
                "просто текст".getBytes(StandardCharsets.UTF_8)), "PDF, JPEG или PNG");
        byte[] huge = new byte[ConsentScan.MAX_BYTES + 10];
        System.arraycopy(scan, 0, huge, 0, scan.length);
        assertRefused(paperConsent(admin, family.studentId(), family.motherId(), today, "scan", "big.pdf", huge),
                "больше 5 МБ");
        assertRefused(paperConsent(admin, family.studentId(), family.motherId(), LocalDate.now().plusDays(1).toString(),
                "scan", "consent.pdf", scan), "не позже сегодняшнего");
        assertRefused(paperConsent(admin, family.studentId(), family.studentId(), today, "scan", "consent.pdf", scan),
                "даёт родитель");
        String stranger = personId(admin, "Павлов Дмитрий Игоревич");
        assertRefused(paperConsent(admin, family.studentId(), stranger, today, "scan", "consent.pdf", scan),
                "его родитель из карточки");
        assertThat(consents(admin, family.studentId())).as("nothing saved by the refusals").isEmpty();

        HttpResponse<String> entered = paperConsent(admin, family.studentId(), family.motherId(), today, "scan",
                "Согласие.pdf", scan);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        JsonObject consent = consents(admin, family.studentId()).get(0);
        assertThat(consent.getString("method")).isEqualTo("paper");
        assertThat(consent.getString("methodTitle")).isEqualTo("на бумаге");
        assertThat(consent.getString("scope")).contains("фамилия, имя, отчество", "номер мобильного телефона");
        assertThat(consent.getString("purpose")).contains("ИКОП «Сферум»");
        assertThat(consent.getJsonObject("givenBy").getString("id")).isEqualTo(family.motherId());
        assertThat(consent.getBoolean("scan")).isTrue();
        assertThat(consent.getString("recordedBy")).isEqualTo("sferum-admin");
        assertThat(consent.isNull("withdrawnAt")).isTrue();

        String scanPath = API + "consents/" + consent.getString("id") + "/scan";
        HttpResponse<byte[]> read = WebappClient.loggedIn(base, "auditor", "cockpit").download(scanPath);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(scan);
        assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(WebappClient.loggedIn(base, "teacher").download(scanPath).statusCode()).isEqualTo(403);
        assertThat(admin.download(scanPath + "?kind=withdrawal").statusCode()).isEqualTo(404);
    }

    @Test
    void aParentWithdrawsThroughAPersonalLinkTheChildLeavesEveryChatAndTheDataIsDestroyedInTime() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Family family = family(admin, "ОС");
        String pavlov = personId(admin, "Павлов Дмитрий Игоревич");
        String volkova = personId(admin, "Волкова Елена Андреевна");
        String students = chat(admin, "GROUP_STUDENTS", "Обучающиеся " + family.code(), family.groupId(), pavlov);
        String parents = chat(admin, "GROUP_PARENTS", "Родители " + family.code(), family.groupId(), volkova);
        join(admin, family.studentId(), students, "STUDENT");
        join(admin, family.motherId(), parents, "PARENT");
        String today = LocalDate.now().toString();
        assertThat(paperConsent(admin, family.studentId(), family.motherId(), today, "scan", "c.pdf",
                pdf("Согласие " + family.student())).statusCode()).isEqualTo(201);
        assertThat(paperConsent(admin, family.motherId(), family.motherId(), today, "scan", "m.pdf",
                pdf("Согласие " + family.mother())).statusCode()).isEqualTo(201);

        // The public page: the same answer for an unknown address, a letter only to the card's address, once.
        WebappClient visitor = WebappClient.anonymous(base);
        HttpResponse<String> ask = visitor.page("sferum/consent/withdraw");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Отзыв согласия на обработку персональных данных", "withdraw.js");
        HttpResponse<String> unknown = visitor.post("sferum/consent/withdraw", "{\"email\": \"nobody" + family.n()
                + "@mail.test\"}");
        HttpResponse<String> known = visitor.post("sferum/consent/withdraw", "{\"email\": \" "
                + family.motherMail().toUpperCase() + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(object(known).getString("message")).isEqualTo(object(unknown).getString("message"));
        assertThat(visitor.post("sferum/consent/withdraw", "{\"email\": \"не адрес\"}").statusCode()).isEqualTo(400);
        assertThat(visitor.post("sferum/consent/withdraw", "не JSON").statusCode()).isEqualTo(400);
        String text = Letters.text(Letters.to(mail, family.motherMail(), "Отзыв согласия"));
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String token = link.group(1);
        visitor.post("sferum/consent/withdraw", "{\"email\": \"" + family.motherMail() + "\"}");
        Thread.sleep(1000);
        assertThat(Letters.all(mail, family.motherMail(), "Отзыв согласия")).as("asked again at once: no second letter").hasSize(1);

        HttpResponse<String> page = visitor.page("sferum/consent/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(family.student(), "Моё согласие", family.studentId(), family.motherId());
        assertThat(visitor.post("sferum/consent/" + token, "{\"subjects\": []}").statusCode()).isEqualTo(400);
        assertThat(visitor.post("sferum/consent/" + token, "{\"subjects\": [\"" + pavlov + "\"]}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> withdrawn = visitor.post("sferum/consent/" + token, "{\"subjects\": [\""
                + family.studentId() + "\"]}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        LocalDate destroyBy = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(30);
        assertThat(object(withdrawn).getString("message")).contains("не позднее " + DATE.format(destroyBy));
        assertThat(visitor.page("sferum/consent/" + token).statusCode()).as("used once").isEqualTo(410);
        assertThat(visitor.post("sferum/consent/" + token, "{\"subjects\": [\"" + family.motherId() + "\"]}")
                .statusCode()).isEqualTo(410);

        // The card: withdrawn by the mother, the event; the mother's own consent and chat stay.
        JsonObject card = object(admin.get(API + "roster/persons/" + family.studentId()));
        assertThat(card.getJsonObject("person").getString("status")).isEqualTo("WITHDRAWN");
        JsonObject consent = card.getJsonArray("consents").getJsonObject(0);
        assertThat(consent.getString("withdrawnAt", null)).isNotNull();
        assertThat(consent.getJsonObject("withdrawnBy").getString("id")).isEqualTo(family.motherId());
        assertThat(consent.getString("withdrawalMethodTitle")).isEqualTo("по личной ссылке");
        JsonObject movement = card.getJsonArray("movements").getJsonObject(0);
        assertThat(movement.getString("kind")).isEqualTo("CONSENT_WITHDRAWAL");
        assertThat(movement.getString("document")).isEqualTo("отзыв согласия (по личной ссылке) от "
                + DATE.format(destroyBy.minusDays(30)));
        assertThat(consents(admin, family.motherId())).allMatch(own -> own.isNull("withdrawnAt"));
        assertThat(admin.post(API + "roster/movements", Json.createObjectBuilder().add("personId", family.studentId())
                .add("kind", "RETURN").add("orderNumber", "1").add("orderDate", today).add("toGroupId",
                        family.groupId()).build()).body()).contains("отозвал согласие");

        // The process: the moderator removes the child; then the commission, due before the last day.
        String withdrawal = movement.getString("processInstanceId");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        String removal = called(operator, withdrawal, "memberRemoval");
        WebappClient teacher = WebappClient.loggedIn(base, "teacher");
        Tasks.complete(teacher, Tasks.only(teacher, removal, "Удалить участника из чата"),
                Map.of("removedFromChat", true));
        String destruction = called(operator, withdrawal, "personalDataDestruction");
        JsonObject proposal = Tasks.only(admin, destruction, "Предложить уничтожение персональных данных");
        assertThat(Tasks.variable(admin, proposal, "destructionReason")).contains("не позднее " + DATE.format(destroyBy));
        assertThat(OffsetDateTime.parse(proposal.getString("due"), CAMUNDA_TIME).toInstant())
                .as("due a week before the last day").isBefore(destroyBy.minusDays(6).atTime(LocalTime.MIDNIGHT)
                        .atZone(ZoneId.of("Europe/Moscow")).toInstant());
        JsonObject memberships = array(admin.get(API + "chats/memberships?person=" + family.studentId())).getJsonObject(0);
        assertThat(memberships.getString("endReason")).startsWith("Отзыв согласия");
        assertThat(array(admin.get(API + "chats/memberships?person=" + family.motherId())).getJsonObject(0)
                .isNull("until")).as("the mother stays in the parents' chat").isTrue();
        Tasks.complete(admin, proposal, Map.of("proposal", "destroy"));
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        Tasks.complete(deputy, Tasks.only(deputy, destruction, "Утвердить уничтожение персональных данных (комиссия)"),
                Map.of("approval", "destroy"));
        Eventually.within(Duration.ofSeconds(60), "отзыв исполнен", () -> Tasks.ended(operator, withdrawal),
                ended -> ended);

        // The child's data is gone everywhere, the scan too; the mother's stays.
        assertThat(PersonalDataIT.search(List.of(family.student(), family.studentMail(), DATE.format(family.birth()))))
                .isEmpty();
        assertThat(admin.download(API + "consents/" + consent.getString("id") + "/scan").statusCode()).isEqualTo(404);
        assertThat(object(admin.get(API + "roster/persons/" + family.motherId())).getJsonObject("person")
                .getString("fullName")).isEqualTo(family.mother());
    }

    @Test
    void aPaperWithdrawalNeedsItsScanAndItsSignerAndEndsInTheDestruction() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Family family = family(admin, "БО");
        String today = LocalDate.now().toString();
        assertThat(paperConsent(admin, family.motherId(), family.motherId(), today, "scan", "m.png", png())
                .statusCode()).isEqualTo(201);
        byte[] statement = pdf("Заявление об отзыве");
        assertThat(withdrawal(WebappClient.loggedIn(base, "deputy"), family.motherId(), family.motherId(), today,
                statement).statusCode()).isEqualTo(403);
        assertRefused(withdrawal(admin, family.motherId(), family.motherId(), today, null), "скан заявления");
        assertRefused(withdrawal(admin, family.motherId(), family.studentId(), today, statement), "родитель");
        assertRefused(withdrawal(admin, family.motherId(), family.motherId(), LocalDate.now().plusDays(2).toString(),
                statement), "не позже сегодняшнего");
        assertThat(consents(admin, family.motherId())).allMatch(consent -> consent.isNull("withdrawnAt"));

        LocalDate received = LocalDate.now().minusDays(3);
        HttpResponse<String> entered = withdrawal(admin, family.motherId(), family.motherId(), received.toString(),
                statement);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        assertThat(object(entered).getString("destroyBy")).isEqualTo(received.plusDays(30).toString());
        assertThat(object(entered).getInt("consents")).isEqualTo(1);
        assertRefused(withdrawal(admin, family.motherId(), family.motherId(), today, statement), "уже уничтожаются");
        JsonObject consent = consents(admin, family.motherId()).get(0);
        assertThat(consent.getString("withdrawalMethodTitle")).isEqualTo("на бумаге");
        assertThat(consent.getBoolean("withdrawalScan")).isTrue();
        assertThat(admin.download(API + "consents/" + consent.getString("id") + "/scan?kind=withdrawal").body())
                .isEqualTo(statement);

        // An adult decides alone: the mother cannot withdraw her grown-up son's consent, nor sign one for him.
        Family grown = family(admin, "ВЗ", 20);
        assertRefused(paperConsent(admin, grown.studentId(), grown.motherId(), today, "scan", "c.pdf", statement),
                "подписывает он сам");
        assertThat(paperConsent(admin, grown.studentId(), grown.studentId(), today, "scan", "c.pdf", statement)
                .statusCode()).isEqualTo(201);
        assertRefused(withdrawal(admin, grown.studentId(), grown.motherId(), today, statement),
                "за несовершеннолетнего");

        // In no chat: the removal has nothing to do, the destruction is proposed at once.
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        String destruction = called(operator, object(entered).getString("processInstanceId"), "personalDataDestruction");
        assertThat(Tasks.only(admin, destruction, "Предложить уничтожение персональных данных")).isNotNull();
    }

    private static Family family(WebappClient admin, String prefix) {
        return family(admin, prefix, 15);
    }

    /** @param years the student's age in whole years (and up to 300 days more) */
    private static Family family(WebappClient admin, String prefix, int years) {
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String code = prefix + "-" + n.substring(0, 5);
        String student = "Согласная Вера " + suffix(n) + "овна";
        String mother = "Согласная Анна " + suffix(n) + "евна";
        String studentMail = "vera" + n + "@mail.test";
        String motherMail = "anna" + n + "@mail.test";
        LocalDate birth = LocalDate.now().minusYears(years).minusDays(Integer.parseInt(n.substring(0, 3)) % 300);
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail;"
                + "ФИО родителя 1;E-mail родителя 1\n" + "С" + n + ";" + student + ";" + DATE.format(birth) + ";" + code
                + ";" + studentMail + ";" + mother + ";" + motherMail + "\n", Duration.ofSeconds(60));
        String group = array(admin.get(API + "roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        return new Family(n, code, group, student, personId(admin, student), studentMail, birth, mother,
                personId(admin, mother), motherMail);
    }

    private static HttpResponse<String> paperConsent(WebappClient user, String subject, String givenBy, String signedOn,
            String fileField, String fileName, byte[] scan) {
        Map<String, String> fields = new HashMap<>(Map.of("subjectId", subject, "givenById", givenBy,
                "signedOn", signedOn));
        MultipartBody body = MultipartBody.of(fields, scan == null ? null : fileField, fileName, "application/pdf", scan);
        return user.post(API + "consents", body.bytes(), body.contentType());
    }

    private static HttpResponse<String> withdrawal(WebappClient user, String subject, String givenBy, String receivedOn,
            byte[] scan) {
        MultipartBody body = MultipartBody.of(Map.of("subjectId", subject, "givenById", givenBy,
                "receivedOn", receivedOn), scan == null ? null : "scan", "statement.pdf", "application/pdf", scan);
        return user.post(API + "consents/withdrawals", body.bytes(), body.contentType());
    }

    private static List<JsonObject> consents(WebappClient admin, String personId) {
        return object(admin.get(API + "roster/persons/" + personId)).getJsonArray("consents")
                .getValuesAs(JsonObject.class);
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(object(response).getString("message")).contains(message);
    }

    /** The instance of the process the withdrawal called. */
    private static String called(WebappClient operator, String parent, String key) {
        return Eventually.within(Duration.ofSeconds(30), key + " вызван", () -> array(operator.get(ENGINE
                        + "/process-instance?superProcessInstance=" + parent + "&processDefinitionKey=" + key)),
                found -> found.size() == 1).getJsonObject(0).getString("id");
    }

    /** A small PDF whose text names the person: a scan holds their name. */
    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    }
}
