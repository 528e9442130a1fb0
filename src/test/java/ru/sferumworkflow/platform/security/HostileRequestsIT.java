package ru.sferumworkflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ru.sferumworkflow.platform.Eventually;
import ru.sferumworkflow.platform.Letters;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;
import ru.sferumworkflow.roster.AdultClass;
import ru.sferumworkflow.roster.RosterUploads;

/**
 * What a hostile visitor tries against the running server: framing or sniffing pages, a write from another site
 * (no XSRF token), guessing personal links by the thousand, SQL in a search. The server runs as behind the proxy of
 * docker/ (SFERUM_BEHIND_PROXY=true), so the test speaks for several clients through X-Forwarded-For, as the proxy does.
 */
class HostileRequestsIT extends ServerTest {

    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Test
    void everyKindOfAnswerForbidsFramingAndSniffingAndPinsHttpsOnlyOverHttps() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        Map<String, HttpResponse<String>> answers = new TreeMap<>();
        answers.put("Tasklist", admin.page("app/tasklist/default/"));
        answers.put("страница списков", admin.page("sferum/roster/index.html"));
        answers.put("наш REST", admin.get("sferum/api/roster/me"));
        answers.put("REST движка", admin.get(ENGINE + "/task/count"));
        answers.put("публичная страница", WebappClient.anonymous(base).page("sferum/consent/withdraw"));
        answers.put("неизвестная ссылка", WebappClient.anonymous(base).page("sferum/join/" + randomToken()));
        answers.forEach((what, answer) -> {
            assertThat(answer.statusCode()).as(what).isNotEqualTo(500);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(
                    policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).isPresent();
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(what + " по HTTP").isEmpty();
        });

        // Behind the proxy with HTTPS the proxy says so; then browsers are told to keep to HTTPS for a year.
        HttpResponse<String> overHttps = admin.send("GET", "sferum/api/roster/me", null, true,
                Map.of("X-Forwarded-Proto", "https"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void aWriteWithoutTheXsrfTokenIsRefusedAndSavesNothing() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        String title = "Чат из чужой страницы " + System.nanoTime();
        String chat = "{\"kind\": \"DIRECTOR_TEACHERS\", \"title\": \"" + title + "\"}";

        HttpResponse<String> forged = admin.send("POST", "sferum/api/chats", chat, false, Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        // Camunda's filter also ends the session a forged request came with: the page logs in again.
        admin = WebappClient.loggedIn(base, "sferum-admin");
        assertThat(admin.get("sferum/api/chats").body()).doesNotContain(title);
        HttpResponse<String> real = admin.post("sferum/api/chats", chat);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
    }

    @Test
    void aChatTitleWithMarkupIsShownAsTextInTheLetterAndOnTheJoinPage() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
            AdultClass group = AdultClass.create(admin, "ЭК", 1);
            String hostile = "<script>alert('x')</script> \"Класс\" & <img src=x onerror=alert(1)>";
            String groupId = RosterUploads.groupId(admin, group.code());
            HttpResponse<String> chat = admin.post("sferum/api/chats", Json.createObjectBuilder().add("kind", "GROUP_STUDENTS")
                    .add("title", hostile).add("groupId", groupId).build());
            assertThat(chat.statusCode()).as(chat.body()).isEqualTo(201);
            String chatId = object(chat).getString("id");
            HttpResponse<String> issued = admin.post("sferum/api/invitations", Json.createObjectBuilder().add("chatId", chatId)
                    .add("role", "STUDENT").add("platformLink", "https://sferum.ru/invite/" + chatId)
                    .add("recipients", "ALL_STUDENTS").build());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

            MimeMessage letter = Letters.to(mail, group.addresses().get(0), "");
            String text = Letters.text(letter);
            if (letter.getContentType().toLowerCase().contains("html") || text.contains("<html")) {
                assertThat(text).doesNotContain("<script>", "<img").contains("&lt;script&gt;");
            } else {
                assertThat(text).as("a plain-text letter shows the title as it is").contains(hostile);
            }
            Matcher link = Pattern.compile("sferum/join/([A-Za-z0-9_-]{43})").matcher(text);
            assertThat(link.find()).isTrue();
            WebappClient visitor = WebappClient.anonymous(base);
            String page = Eventually.within(Duration.ofSeconds(30), "страница приглашения",
                    () -> visitor.page("sferum/join/" + link.group(1)), answer -> answer.statusCode() == 200).body();
            assertThat(page).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
        } finally {
            mail.stop();
        }
    }

    @Test
    void sqlInASearchIsOnlyText() {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        int everyone = object(admin.get("sferum/api/roster/persons?q=")).getInt("total");
        for (String fragment : List.of("' OR '1'='1", "%' OR 1=1 --", "'; DROP TABLE SFW_PERSON; --",
                "\\' OR 1=1 /*", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)")) {
            HttpResponse<String> search = admin.get("sferum/api/roster/persons?q=" + encode(fragment));
            assertThat(search.statusCode()).as(fragment).isIn(200, 400);
            if (search.statusCode() == 200) {
                assertThat(object(search).getInt("total")).as(fragment).isZero();
            }
            HttpResponse<String> audit = WebappClient.loggedIn(base, "auditor")
                    .get("sferum/api/audit/instances?process=" + encode(fragment));
            assertThat(audit.statusCode()).as(fragment).isIn(200, 400);
        }
        assertThat(object(admin.get("sferum/api/roster/persons?q=")).getInt("total")).isEqualTo(everyone);
    }

    @Test
    void tenThousandGuessedLinksFindNothingAreStoppedAndLoggedWithoutTheLinks() throws Exception {
        String attacker = "198.51.100.66";
        WebappClient visitor = WebappClient.anonymous(base);
        Set<String> tokens = new HashSet<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            String token = randomToken();
            tokens.add(token);
            int status = visitor.send("GET", "sferum/join/" + token, null, false, Map.of("X-Forwarded-For", attacker))
                    .statusCode();
            statuses.merge(status, 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("10 000 guessed links in %.1f s: %s%n", seconds, statuses);

        // No guess found an invitation; after 20 unknown links the address is refused for ten minutes.
        assertThat(statuses).containsOnlyKeys(404, 429);
        assertThat(statuses.get(404)).isEqualTo(20);
        assertThat(statuses.get(429)).isEqualTo(9_980);
        HttpResponse<String> blocked = visitor.send("GET", "sferum/join/" + randomToken(), null, false,
                Map.of("X-Forwarded-For", attacker, "Accept", "text/html"));
        assertThat(blocked.body()).contains("Слишком много");
        // Another client behind the same proxy is not locked out by the attacker.
        assertThat(visitor.send("GET", "sferum/join/" + randomToken(), null, false,
                Map.of("X-Forwarded-For", "203.0.113.7")).statusCode()).isEqualTo(404);

        // Every attempt has its line with the address; no guessed link is in the log.
        Path log = Path.of(System.getProperty("it.baseDir"), "log", "server.log");
        List<String> lines = Eventually.within(Duration.ofSeconds(30), "строки журнала о каждой попытке",
                () -> read(log).lines().filter(line -> line.contains("from " + attacker + " ")).toList(),
                found -> found.size() >= 10_001);
        // At least one line each: the HTTP client may send a GET again on a connection the server has just closed,
        // and the server logs both.
        assertThat(lines.stream().filter(line -> line.contains("Unknown personal link")).count()).isGreaterThanOrEqualTo(20);
        assertThat(lines.stream().filter(line -> line.contains("too many unknown links")).count())
                .isGreaterThanOrEqualTo(9_981);
        String text = read(log);
        Matcher tokenLike = TOKEN_LIKE.matcher(text);
        while (tokenLike.find()) {
            assertThat(tokens).as("ссылка в журнале").doesNotContain(tokenLike.group());
        }
        tokens.stream().limit(500).forEach(token -> assertThat(text).as("ссылка в журнале").doesNotContain(token));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A guess in the exact form of a real personal link: 32 random bytes, base64url. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
