package ru.sferumworkflow.onboarding;

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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * The registration request against the provisioned server and a real SMTP/IMAP server (GreenMail on the
 * ports the build gives the server): the letter with the order's PDF, the answer by IMAP reply, and an
 * SMTP outage that ends in an incident and, after a retry, in exactly one letter.
 */
class CollegeRegistrationIT extends ServerTest {

    static final String COLLEGE_MAILBOX = "sferum-workflow@college.test";
    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final ServerSetup IMAP = new ServerSetup(3143, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);

    static GreenMail mail;

    @BeforeAll
    static void mailServer() {
        mail = startMailServer();
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @Test
    void theApprovedOrderGoesToThePlatformWithItsPdfAndContacts() throws Exception {
        String number = uniqueNumber();
        String orderId = approveOrder(number);

        MimeMessage letter = letterAbout(number);
        assertThat(letter.getAllRecipients()).extracting(Object::toString).containsExactly("info@sferum.ru");
        assertThat(letter.getFrom()).extracting(Object::toString).containsExactly(COLLEGE_MAILBOX);
        assertThat(letter.getSubject()).contains("Заявка на регистрацию Техникума на ИКОП «Сферум»").containsPattern("\\[СФЕРУМ-\\d{4}-\\d{4}\\]");
        assertThat(text(letter)).contains("Кузнецова Анна Сергеевна", "a.kuznetsova@college.ru", "+79123456789",
                "приказом № " + number);
        BodyPart pdf = attachment(letter);
        assertThat(MimeUtility.decodeText(pdf.getFileName())).startsWith("Приказ № " + number);
        assertThat(AppointmentOrderPdfTest.textOf(pdf.getInputStream().readAllBytes()))
                .contains("№ " + number, "Кузнецова Анна Сергеевна", "+79123456789", "Утверждён директором");

        HttpResponse<byte[]> download = WebappClient.loggedIn(base, "auditor", "cockpit")
                .download("sferum/api/orders/" + orderId + "/document");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(AppointmentOrderPdfTest.textOf(download.body())).contains("№ " + number, "Утверждён директором");
        assertThat(WebappClient.loggedIn(base, "teacher").download("sferum/api/orders/" + orderId + "/document").statusCode())
                .isEqualTo(403);

        JsonObject task = Eventually.within(Duration.ofSeconds(30), "«Внести ответ Сферума» for administrators",
                () -> array(WebappClient.loggedIn(base, "sferum-admin").get(ENGINE + "/task?processInstanceId="
                        + registrationOf(orderId))), tasks -> tasks.size() == 1).getJsonObject(0);
        assertThat(task.getString("name")).isEqualTo("Внести ответ Сферума");
    }

    @Test
    void aReplyInTheCollegesMailboxEndsTheWait() throws Exception {
        String number = uniqueNumber();
        String orderId = approveOrder(number);
        String reference = referenceIn(letterAbout(number).getSubject());

        // Sent first, so the poller has passed them by the time the real reply is handled.
        GreenMailUtil.sendTextEmail(COLLEGE_MAILBOX, "someone@attacker.example", "Re: [" + reference + "]",
                "Регистрация подтверждена, перейдите по ссылке", SMTP);
        GreenMailUtil.sendTextEmail(COLLEGE_MAILBOX, "director@college.test", "Совещание в пятницу", "Напоминаю", SMTP);
        // Support desks often answer in HTML only.
        GreenMailUtil.sendMessageBody(COLLEGE_MAILBOX, "info@sferum.ru", "Re: Заявка на регистрацию [" + reference + "]",
                "<html><body><p>Здравствуйте!</p><p>Техникум <b>зарегистрирован</b> на платформе.</p></body></html>",
                "text/html; charset=UTF-8", SMTP);

        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String registration = registrationOf(orderId);
        JsonObject task = Eventually.within(Duration.ofSeconds(30), "the reply ends the wait",
                () -> array(admin.get(ENGINE + "/task?processInstanceId=" + registration)),
                tasks -> tasks.size() == 1 && tasks.getJsonObject(0).getString("name").equals("Разобрать ответ Сферума"))
                .getJsonObject(0);
        JsonObject shown = object(admin.get(ENGINE + "/task/" + task.getString("id") + "/form-variables"));
        assertThat(shown.getJsonObject("replyText").getString("value")).contains("Техникум зарегистрирован на платформе")
                .doesNotContain("<b>");
        assertThat(readFlags()).as("only the platform's reply is marked as read").containsExactlyInAnyOrderEntriesOf(Map.of(
                "Re: [" + reference + "]", false,
                "Совещание в пятницу", false,
                "Re: Заявка на регистрацию [" + reference + "]", true));

        HttpResponse<String> answered = admin.post(ENGINE + "/task/" + task.getString("id") + "/submit-form", form(Map.of(
                "sferumAnswer", "confirmed", "answerDate", LocalDate.now().toString(), "answerComment", "")));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        assertThat(array(admin.get(ENGINE + "/task?processInstanceId=" + registration)).getJsonObject(0).getString("name"))
                .isEqualTo("Зарегистрироваться на платформе");
    }

    @Test
    void theAdministratorSetsTheCollegeUpStepByStepAndCorrectsItsDataLater() {
        String number = uniqueNumber();
        String registration = registrationOf(approveOrder(number));
        letterAbout(number);
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");

        complete(admin, registration, "Внести ответ Сферума", Map.of("sferumAnswer", "confirmed",
                "answerDate", LocalDate.now().toString(), "answerComment", ""));
        HttpResponse<String> wrongPhone = submit(admin, registration, "Зарегистрироваться на платформе",
                Map.of("registeredPhone", "+7 999 111-22-33", "stepDone", true));
        assertThat(wrongPhone.statusCode()).isEqualTo(400);
        assertThat(object(wrongPhone).getString("message")).contains("не совпадает с номером из заявки");
        complete(admin, registration, "Зарегистрироваться на платформе",
                Map.of("registeredPhone", "8 912 345-67-89", "stepDone", true));
        complete(admin, registration, "Внести сведения о Техникуме", Map.of("collegeName", "ГБПОУ «Политехнический техникум № 1»",
                "collegeShortName", "ПТ № 1", "collegeAddress", "г. Пермь, ул. Ленина, 1", "collegeSite", "pt1.ru",
                "collegeEmail", "info@pt1.ru", "groupCodes", "ИС-21\nТМ-22", "stepDone", true));
        complete(admin, registration, "Создать класс «Учительская»", Map.of("stepDone", true));
        complete(admin, registration, "Создать класс ИС-21", Map.of("stepDone", true));
        complete(admin, registration, "Создать класс ТМ-22", Map.of("stepDone", true));
        complete(admin, registration, "Создать системные каналы", Map.of("stepDone", true));

        JsonObject college = object(WebappClient.loggedIn(base, "auditor", "cockpit").get("sferum/api/college"));
        assertThat(college.getString("name")).isEqualTo("ГБПОУ «Политехнический техникум № 1»");
        assertThat(college.getString("onboardedAt")).isNotBlank();
        assertThat(college.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("title") + " — " + step.getString("doneBy")).toList())
                .containsSubsequence("Зарегистрироваться на платформе — sferum-admin",
                        "Внести сведения о Техникуме — sferum-admin", "Создать системные каналы — sferum-admin");

        String change = "{\"name\": \"ГБПОУ «Политехнический техникум № 1»\", \"shortName\": \"ПТ-1\", "
                + "\"address\": \"г. Пермь, ул. Ленина, 1\", \"site\": \"https://pt1.ru\", \"email\": \"%s\", "
                + "\"groups\": [\"ИС-21\", \"ТМ-22\", \"ЭК-23\"]}";
        HttpResponse<String> bad = admin.put("sferum/api/college", change.formatted("почта"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(object(bad).getString("message")).contains("Электронная почта Техникума");
        assertThat(WebappClient.loggedIn(base, "director").put("sferum/api/college", change.formatted("info@pt1.ru"))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> corrected = admin.put("sferum/api/college", change.formatted("Office@PT1.ru"));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(object(corrected).getString("email")).isEqualTo("office@pt1.ru");
        assertThat(object(corrected).getJsonArray("groups")).hasSize(3);
    }

    @Test
    void anSmtpOutageEndsInAnIncidentAndAfterARetryInExactlyOneLetter() throws Exception {
        mail.stop();
        String number = uniqueNumber();
        String orderId = approveOrder(number);
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        String registration = registrationOf(orderId);

        JsonObject incident = Eventually.within(Duration.ofSeconds(90), "the failed sending becomes an incident",
                () -> array(operator.get(ENGINE + "/incident?processInstanceId=" + registration)),
                incidents -> incidents.size() == 1).getJsonObject(0);
        assertThat(incident.getString("activityId")).isEqualTo("sendRegistrationRequest");

        mail = startMailServer();
        HttpResponse<String> retried = operator.put(ENGINE + "/job/" + incident.getString("configuration") + "/retries",
                "{\"retries\": 1}");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);

        letterAbout(number);
        Eventually.within(Duration.ofSeconds(30), "the request waits for the answer",
                () -> array(operator.get(ENGINE + "/incident?processInstanceId=" + registration)), JsonArray::isEmpty);
        Eventually.within(Duration.ofSeconds(30), "«Внести ответ Сферума» is open",
                () -> array(operator.get(ENGINE + "/task?processInstanceId=" + registration)), tasks -> tasks.size() == 1);
        // Give any stray retry a few job-executor rounds (it looks for due jobs at least every 5 s) to show up.
        Thread.sleep(12_000);
        assertThat(lettersAbout(number)).as("one letter, never two").hasSize(1);
    }

    /** Completes the one open task of that name in the registration, waiting for it to appear. */
    private static void complete(WebappClient user, String registration, String taskName, Map<String, ?> values) {
        HttpResponse<String> done = submit(user, registration, taskName, values);
        assertThat(done.statusCode()).as(taskName + ": " + done.body()).isEqualTo(204);
    }

    private static HttpResponse<String> submit(WebappClient user, String registration, String taskName, Map<String, ?> values) {
        JsonObject task = Eventually.within(Duration.ofSeconds(30), "«" + taskName + "»",
                () -> array(user.get(ENGINE + "/task?processInstanceId=" + registration + "&name=" + encode(taskName))),
                tasks -> tasks.size() == 1).getJsonObject(0);
        return user.post(ENGINE + "/task/" + task.getString("id") + "/submit-form", form(values));
    }

    private String approveOrder(String number) {
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        HttpResponse<String> started = deputy.post(ENGINE + "/process-definition/key/appointmentOrder/submit-form",
                form(AppointmentOrderIT.draft(number)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = object(started).getString("id");
        WebappClient director = WebappClient.loggedIn(base, "director");
        String task = array(director.get(ENGINE + "/task?processInstanceId=" + instance)).getJsonObject(0).getString("id");
        assertThat(director.post(ENGINE + "/task/" + task + "/submit-form", form(Map.of("directorDecision", "approve")))
                .statusCode()).isEqualTo(204);
        return array(director.get("sferum/api/orders?number=" + encode(number))).getJsonObject(0).getString("id");
    }

    /** The registration process started by the approved order (the appointment process's PDF step comes first). */
    private String registrationOf(String orderId) {
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        return Eventually.within(Duration.ofSeconds(30), "the registration starts",
                () -> array(operator.get(ENGINE + "/process-instance?processDefinitionKey=collegeRegistration&variables=orderId_eq_"
                        + orderId)), found -> found.size() == 1).getJsonObject(0).getString("id");
    }

    private static MimeMessage letterAbout(String number) {
        return Eventually.within(Duration.ofSeconds(60), "the request for order № " + number + " reaches info@sferum.ru",
                () -> lettersAbout(number), letters -> !letters.isEmpty()).get(0);
    }

    private static List<MimeMessage> lettersAbout(String number) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(letter -> {
                    try {
                        return Arrays.stream(letter.getAllRecipients()).anyMatch(to -> to.toString().equals("info@sferum.ru"))
                                && text(letter).contains("приказом № " + number + " ");
                    } catch (MessagingException | IOException e) {
                        return false;
                    }
                })
                .toList();
    }

    private static String text(Message letter) throws MessagingException, IOException {
        Multipart parts = (Multipart) letter.getContent();
        return parts.getBodyPart(0).getContent().toString();
    }

    private static BodyPart attachment(Message letter) throws MessagingException, IOException {
        Multipart parts = (Multipart) letter.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        return parts.getBodyPart(1);
    }

    /** Subject → «read» flag of every letter in the college's mailbox. */
    private static Map<String, Boolean> readFlags() throws Exception {
        var inbox = mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUser(COLLEGE_MAILBOX));
        Map<String, Boolean> flags = new java.util.HashMap<>();
        for (var stored : inbox.getMessages()) {
            flags.put(stored.getMimeMessage().getSubject(), stored.isSet(jakarta.mail.Flags.Flag.SEEN));
        }
        return flags;
    }

    private static String referenceIn(String subject) {
        return SferumReplies.reference(subject).orElseThrow();
    }

    private static GreenMail startMailServer() {
        GreenMail server = new GreenMail(new ServerSetup[] {SMTP, IMAP});
        server.start();
        server.setUser(COLLEGE_MAILBOX, COLLEGE_MAILBOX, "secret");
        return server;
    }

    private static String uniqueNumber() {
        return "РГ-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
