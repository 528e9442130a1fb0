package ru.sferumworkflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.onboarding.AppointmentOrderIT;
import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * In a real browser — headless Debian Chromium driven by Playwright (src/test/e2e/scenarios.mjs) — against the
 * provisioned server: the order, its approval, the registration's set-up tasks in Tasklist; an invitee's personal
 * link from the letter on a phone; an auditor's timeline and a refused completion; our pages on a phone; all in
 * Russian, English for a browser that asks for it. The forms and our pages pass axe-core's WCAG 2 A/AA rules. Every
 * step leaves a screenshot in target/e2e (and the page's HTML when it fails).
 */
class BrowserIT extends ServerTest {

    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final Path E2E = Path.of("src/test/e2e");
    /** target/e2e/h2 and target/e2e/postgresql: the two runs of the ITs keep their own screenshots. */
    static final Path OUT = Path.of("target/e2e", System.getProperty("it.baseDir", "").endsWith("postgresql")
            ? "postgresql" : "h2");
    static final Pattern TOKEN = Pattern.compile("sferum/join/([A-Za-z0-9_-]{43})");
    static final Pattern ORDER_ID = Pattern.compile("ORDER_ID=([0-9a-f-]{36})");
    /** HTML that would run a script and Markdown that would make a link and bold text, were they read as such. */
    static final String HOSTILE_COMMENT = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"> "
            + "«кавычки» \"двойные\" 'одинарные' & **жирно** [ссылка](https://evil.example) # не заголовок";
    static final Pattern ORDER_INSTANCE = Pattern.compile("ORDER_INSTANCE=([0-9a-f-]{36})");

    static GreenMail mail;

    @BeforeAll
    static void mailServerAndBrowser() throws Exception {
        mail = new GreenMail(SMTP);
        mail.start();
        if (Files.exists(OUT)) {
            try (var old = Files.walk(OUT)) {
                old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        assertThat(Path.of(System.getenv().getOrDefault("E2E_CHROMIUM", "/usr/bin/chromium")))
                .as("Chromium для сквозных тестов: apt-get install chromium (.ci/run ставит его сам)").exists();
        if (!Files.exists(E2E.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), Map.of(), "npm-ci");
        }
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    @Test
    void staffInTasklistAnInviteeOnAPhoneAndAnAuditorInRussian() throws Exception {
        String number = "Е2Е-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String office = browse("office", Map.of("E2E_ORDER_NUMBER", number));
        Matcher order = ORDER_ID.matcher(office);
        Matcher orderInstance = ORDER_INSTANCE.matcher(office);
        assertThat(order.find() && orderInstance.find()).as(office).isTrue();

        // What the browser did, seen from the server: the registration went to the platform and has ended.
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        JsonObject registration = Eventually.within(Duration.ofSeconds(30), "регистрация завершена",
                () -> array(operator.get(ENGINE + "/history/process-instance?processDefinitionKey=collegeRegistration"
                        + "&variables=orderId_eq_" + order.group(1))), found -> found.size() == 1
                        && "COMPLETED".equals(found.getJsonObject(0).getString("state"))).getJsonObject(0);
        assertThat(array(operator.get(ENGINE + "/history/activity-instance?activityId=collegeOnboarded&processInstanceId="
                + registration.getString("id")))).as("Техникум подключён").hasSize(1);
        assertThat(Letters.all(mail, "info@sferum.ru", "Заявка на регистрацию")).isNotEmpty();

        String token = invitationToken();
        String openTask = openTask();
        browse("public", Map.of("E2E_JOIN_TOKEN", token, "E2E_OPEN_TASK", openTask,
                "E2E_ORDER_INSTANCE", orderInstance.group(1), "E2E_ORDER_NUMBER", number));
        assertThat(OUT.resolve("05-director-opens-order.png")).exists();
        assertThat(OUT.resolve("20-invitee-join-page.png")).exists();
        assertThat(OUT.resolve("24-auditor-timeline.png")).exists();
    }

    /** Markup in what a person typed (here, the director's comment) is shown as typed on a form and a page. */
    @Test
    void markupInACommentIsShownAsTypedInTasklistAndTheTimeline() throws Exception {
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        HttpResponse<String> started = deputy.post(ENGINE + "/process-definition/key/appointmentOrder/submit-form",
                form(AppointmentOrderIT.draft("Е2Е-" + ThreadLocalRandom.current().nextInt(100_000, 999_999))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = object(started).getString("id");
        WebappClient director = WebappClient.loggedIn(base, "director");
        String approval = array(director.get(ENGINE + "/task?processInstanceId=" + instance)).getJsonObject(0)
                .getString("id");
        HttpResponse<String> returned = director.post(ENGINE + "/task/" + approval + "/submit-form", form(Map.of(
                "directorDecision", "return", "directorComment", HOSTILE_COMMENT)));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);
        String rework = array(deputy.get(ENGINE + "/task?processInstanceId=" + instance)).getJsonObject(0).getString("id");

        browse("hostile", Map.of("E2E_HOSTILE_COMMENT", HOSTILE_COMMENT, "E2E_HOSTILE_TASK", rework,
                "E2E_HOSTILE_INSTANCE", instance));
        assertThat(OUT.resolve("40-drafter-sees-markup-as-text.png")).exists();
        assertThat(OUT.resolve("41-auditor-sees-markup-as-text.png")).exists();
    }

    /** An adult student of a new group with a class chat, invited: the token of the letter's personal link. */
    private String invitationToken() throws Exception {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String n = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String code = "БР-" + n.substring(0, 5);
        String email = "browser" + n + "@mail.test";
        RosterUploads.loaded(admin, "GROUPS", "Код группы;Курс\n" + code + ";1\n", Duration.ofSeconds(60));
        RosterUploads.loaded(admin, "STUDENTS", "Номер личного дела;ФИО;Дата рождения;Группа;E-mail\n" + "Б" + n
                + ";Браузерова Ольга Игоревна;" + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now()
                .minusYears(19)) + ";" + code + ";" + email + "\n", Duration.ofSeconds(60));
        String group = array(admin.get("sferum/api/roster/groups")).getValuesAs(JsonObject.class).stream()
                .filter(found -> found.getString("code").equals(code)).findFirst().orElseThrow().getString("id");
        String chat = object(admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "CLASS")
                .add("title", "Класс " + code).add("groupId", group).build())).getString("id");
        HttpResponse<String> issued = admin.post("sferum/api/invitations", Json.createObjectBuilder()
                .add("chatId", chat).add("role", "STUDENT").add("platformLink", "https://sferum.ru/invite/" + n)
                .add("recipients", "ALL_STUDENTS").add("validDays", 7).build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String invitation = object(issued).getString("id");
        Matcher token = TOKEN.matcher(Letters.text(Letters.to(mail, email, "Приглашение")));
        assertThat(token.find()).isTrue();
        // The letter leaves before its job commits the link: wait for the commit, as a reader of mail does.
        Eventually.within(Duration.ofSeconds(30), "личная ссылка сохранена", () -> object(admin.get(
                "sferum/api/invitations/" + invitation)).getJsonArray("recipients").getValuesAs(JsonObject.class),
                recipients -> recipients.stream().noneMatch(r -> r.getString("status").equals("PENDING")));
        return token.group(1);
    }

    /** An open task for the auditor to try: a new order waiting for the director. */
    private String openTask() {
        WebappClient deputy = WebappClient.loggedIn(base, "deputy");
        HttpResponse<String> started = deputy.post(ENGINE + "/process-definition/key/appointmentOrder/submit-form",
                form(AppointmentOrderIT.draft("Е2Е-" + ThreadLocalRandom.current().nextInt(100_000, 999_999))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return array(WebappClient.loggedIn(base, "director").get(ENGINE + "/task?processInstanceId="
                + object(started).getString("id"))).getJsonObject(0).getString("id");
    }

    /** One scenario of scenarios.mjs against this server; its output goes to target/e2e/{scenario}.log. */
    private String browse(String scenario, Map<String, String> env) throws Exception {
        return run(List.of("node", "scenarios.mjs", scenario), Map.of("E2E_BASE", base.toString(),
                "E2E_OUT", OUT.toAbsolutePath().toString()), env, scenario);
    }

    /** Runs a command in src/test/e2e; what it prints goes to target/e2e/{log}.log and into a failure's message. */
    private static String run(List<String> command, Map<String, String> common, Map<String, String> env, String log)
            throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        File output = OUT.resolve(log + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(E2E.toFile()).redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(common);
        builder.environment().putAll(env);
        Process process = builder.start();
        boolean ended = process.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            // Chromium runs as node's children: they go too, not on into the next run.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
        assertThat(ended && process.exitValue() == 0).as(String.join(" ", command) + ":\n" + printed).isTrue();
        return printed;
    }

}
