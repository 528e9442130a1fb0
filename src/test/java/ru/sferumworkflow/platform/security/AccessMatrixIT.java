package ru.sferumworkflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.MultipartBody;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * Every demo user (one per group, plus a visitor who has not logged in) against every operation of our REST API, the
 * start of every process in Tasklist and the three web apps: allowed or refused, as openapi.yaml's «Доступ» and
 * GroupAuthorizations say. A refusal is a 403 for a logged-in user and a 401 for the visitor; «allowed» means the
 * request reached the operation — it may still answer 400 (the probes send empty bodies) or 404 (the ids do not
 * exist), which changes nothing. The operator (camunda-admin) passes every group check, as Camunda's operators do,
 * but belongs to no college, so the college's data is closed to them too (403 «не относится ровно к одному
 * Техникуму»); they run the engine in Cockpit and Admin.
 */
class AccessMatrixIT extends ServerTest {

    private static final String DIRECTOR = "director";
    private static final String DEPUTY = "deputy";
    private static final String ADMIN = "sferum-admin";
    private static final String CURATOR = "curator";
    private static final String TEACHER = "teacher";
    private static final String AUDITOR = "auditor";
    private static final String OPERATOR = "operator";
    private static final List<String> USERS = List.of(DIRECTOR, DEPUTY, ADMIN, CURATOR, TEACHER, AUDITOR, OPERATOR);

    private static final Set<String> STAFF = Set.of(DIRECTOR, DEPUTY, ADMIN, CURATOR, TEACHER, AUDITOR);
    private static final Set<String> MANAGEMENT = Set.of(DIRECTOR, DEPUTY, ADMIN, AUDITOR);
    private static final Set<String> ROSTER_KEEPERS = Set.of(DEPUTY, ADMIN);
    private static final Set<String> INVITERS = Set.of(ADMIN, CURATOR, TEACHER);
    private static final Set<String> AUDIT = Set.of(AUDITOR, DIRECTOR);
    private static final Set<String> AUTHORS = Set.of(DIRECTOR, DEPUTY, ADMIN, CURATOR, TEACHER);

    /**
     * An operation and who may call it; {@code byObject}: those whose right depends on the object (the moderator of
     * that very chat) — for an id that does not exist they get 404 or 403, never the data.
     */
    private record Operation(String method, String path, Set<String> allowed, Set<String> byObject) {
        Operation(String method, String path, Set<String> allowed) {
            this(method, path, allowed, Set.of());
        }

        String key() {
            return method + " " + path.replaceAll("\\?.*", "");
        }
    }

    /** Ids that do not exist: the check of rights comes before the search for the object. */
    private static final List<Operation> API = List.of(
            new Operation("GET", "college", MANAGEMENT),
            new Operation("PUT", "college", Set.of(ADMIN)),
            new Operation("GET", "orders", MANAGEMENT),
            new Operation("GET", "orders/{id}", MANAGEMENT),
            new Operation("GET", "orders/{id}/document", MANAGEMENT),
            new Operation("GET", "roster/me", STAFF),
            new Operation("GET", "roster/groups", STAFF),
            new Operation("GET", "roster/persons", STAFF),
            new Operation("GET", "roster/persons/{id}", STAFF),
            new Operation("PUT", "roster/persons/{id}/account", Set.of(ADMIN)),
            new Operation("GET", "roster/movements", STAFF),
            new Operation("POST", "roster/movements", ROSTER_KEEPERS),
            new Operation("GET", "roster/imports", ROSTER_KEEPERS),
            new Operation("POST", "roster/imports?kind=STAFF", ROSTER_KEEPERS),
            new Operation("GET", "roster/imports/{id}", ROSTER_KEEPERS),
            new Operation("GET", "chats", STAFF),
            new Operation("POST", "chats", ROSTER_KEEPERS),
            new Operation("GET", "chats/{id}/members", STAFF),
            new Operation("GET", "chats/{id}/rules", STAFF),
            new Operation("PUT", "chats/{id}/rules", Set.of(ADMIN), Set.of(DIRECTOR, DEPUTY, CURATOR, TEACHER)),
            new Operation("GET", "chats/memberships?person={id}", STAFF),
            new Operation("POST", "chats/memberships", ROSTER_KEEPERS),
            new Operation("POST", "chats/memberships/{id}/end", ROSTER_KEEPERS),
            new Operation("GET", "invitations", STAFF),
            new Operation("POST", "invitations", INVITERS),
            new Operation("GET", "invitations/{id}", STAFF),
            new Operation("POST", "invitations/{id}/revoke", INVITERS),
            new Operation("POST", "class-teachers", Set.of(DIRECTOR, DEPUTY, ADMIN)),
            new Operation("POST", "publications", AUTHORS),
            new Operation("GET", "publications", STAFF),
            new Operation("GET", "publications/{id}/files/{id}", STAFF),
            new Operation("GET", "broadcasts", STAFF),
            new Operation("GET", "audit/instances", AUDIT),
            new Operation("GET", "audit/outcomes", AUDIT),
            new Operation("GET", "audit/instances/{id}/timeline", AUDIT),
            new Operation("GET", "audit/instances/{id}/diagram", AUDIT),
            new Operation("GET", "audit/persons/{id}/trail", AUDIT),
            new Operation("GET", "reports", MANAGEMENT),
            new Operation("GET", "reports/{id}", MANAGEMENT),
            new Operation("GET", "reports/{id}/page", MANAGEMENT),
            new Operation("GET", "reports/{id}/pdf", MANAGEMENT),
            new Operation("POST", "consents", Set.of(ADMIN)),
            new Operation("POST", "consents/withdrawals", Set.of(ADMIN)),
            new Operation("GET", "consents/{id}/scan", MANAGEMENT),
            new Operation("GET", "consents/missing", MANAGEMENT),
            new Operation("GET", "destructions", MANAGEMENT),
            new Operation("GET", "destructions/{id}/act", MANAGEMENT),
            new Operation("GET", "destructions/{id}/extract", MANAGEMENT));

    /** Who may start which process from Tasklist (GroupAuthorizations); the operator may start any. */
    private static final Map<String, Set<String>> STARTS = Map.of(
            DIRECTOR, Set.of("chatBreach", "classTeacherDistribution", "channelPublication", "broadcast", "usageReport"),
            DEPUTY, Set.of("appointmentOrder", "chatBreach", "classTeacherDistribution", "channelPublication", "broadcast"),
            ADMIN, Set.of("invitation", "chatBreach", "teacherVerification", "platformAdministrator",
                    "classTeacherDistribution", "channelPublication", "broadcast", "usageReport"),
            CURATOR, Set.of("invitation", "chatBreach", "channelPublication", "broadcast"),
            TEACHER, Set.of("invitation", "chatBreach", "channelPublication", "broadcast"),
            AUDITOR, Set.of());

    /** Which web app each user may log in to. */
    private static final Map<String, Set<String>> APPS = Map.of(
            DIRECTOR, Set.of("tasklist"), DEPUTY, Set.of("tasklist"), ADMIN, Set.of("tasklist"),
            CURATOR, Set.of("tasklist"), TEACHER, Set.of("tasklist"), AUDITOR, Set.of("tasklist", "cockpit"),
            OPERATOR, Set.of("tasklist", "cockpit", "admin"));

    @Test
    void everyGroupAgainstEveryOperationOfOurApi() {
        Map<String, WebappClient> clients = new LinkedHashMap<>();
        USERS.forEach(user -> clients.put(user, WebappClient.loggedIn(base, user)));
        clients.put("посетитель без входа", WebappClient.anonymous(base));
        List<String> wrong = new ArrayList<>();
        for (Operation operation : API) {
            clients.forEach((user, client) -> {
                HttpResponse<String> answer = probe(client, operation);
                boolean visitor = !USERS.contains(user);
                int status = answer.statusCode();
                boolean ok;
                if (visitor) {
                    ok = status == 401;
                } else if (user.equals(OPERATOR)) {
                    // Passes every group check, but belongs to no college: the college's data stays closed (403);
                    // an id that does not exist or an empty request may be refused first (404, 400) — never data.
                    ok = status == 403 || status == 404 || status == 400;
                } else if (operation.byObject().contains(user)) {
                    ok = status == 403 || status == 404;
                } else if (operation.allowed().contains(user)) {
                    ok = status != 401 && status != 403 && status != 405 && status != 406 && status != 415 && status < 500;
                } else {
                    ok = status == 403;
                }
                if (!ok) {
                    wrong.add(operation.method() + " " + operation.path() + " — " + user + ": " + status + " "
                            + answer.body().substring(0, Math.min(160, answer.body().length())));
                }
            });
        }
        System.out.println("Матрица доступа: " + API.size() + " операций × " + clients.size() + " = "
                + API.size() * clients.size() + " запросов");
        assertThat(wrong).as("не так, как задумано").isEmpty();
    }

    @Test
    void theMatrixCoversEveryOperationTheApiDocuments() throws IOException {
        Set<String> documented = new TreeSet<>();
        String path = null;
        Matcher line;
        for (String text : Files.readAllLines(Path.of("src/main/webapp/sferum/openapi.yaml"), StandardCharsets.UTF_8)) {
            if ((line = Pattern.compile("^  /(\\S+):$").matcher(text)).matches()) {
                path = line.group(1).replaceAll("\\{[a-zA-Z]+}", "{id}");
            } else if ((line = Pattern.compile("^    (get|post|put|delete):$").matcher(text)).matches()) {
                documented.add(line.group(1).toUpperCase() + " " + path);
            }
        }
        Set<String> probed = new TreeSet<>();
        API.forEach(operation -> probed.add(operation.key()));
        assertThat(probed).isEqualTo(documented);
    }

    @Test
    void tasklistOffersEachGroupOnlyTheProcessesItMayStart() {
        WebappClient operator = WebappClient.loggedIn(base, OPERATOR);
        Set<String> all = startable(operator);
        assertThat(all).containsAll(STARTS.get(ADMIN)).contains("appointmentOrder");
        STARTS.forEach((user, expected) -> assertThat(startable(WebappClient.loggedIn(base, user))).as(user)
                .isEqualTo(expected));

        // Asking the engine directly does not get round Tasklist's list: a teacher cannot start the verification.
        HttpResponse<String> start = WebappClient.loggedIn(base, TEACHER).post(ENGINE
                + "/process-definition/key/teacherVerification/submit-form", "{\"variables\": {}}");
        assertThat(start.statusCode()).isEqualTo(403);
        HttpResponse<String> auditorStart = WebappClient.loggedIn(base, AUDITOR).post(ENGINE
                + "/process-definition/key/chatBreach/submit-form", "{\"variables\": {}}");
        assertThat(auditorStart.statusCode()).isEqualTo(403);
    }

    @Test
    void eachUserLogsInOnlyToTheWebAppsOfTheirWork() {
        for (String user : USERS) {
            for (String app : List.of("tasklist", "cockpit", "admin")) {
                int status = login(user, app);
                if (APPS.get(user).contains(app)) {
                    assertThat(status).as(user + " → " + app).isEqualTo(200);
                } else {
                    assertThat(status).as(user + " → " + app).isIn(401, 403);
                }
            }
        }
    }

    /**
     * Our pages are shells: the same HTML for everyone, with no name, phone or address in it; what they show comes
     * through the REST API, which the first test checks group by group. So any user, and a visitor (who is shown the
     * login notice), gets the shell, and none of the college's people is named in it.
     */
    @Test
    void ourPagesCarryNoDataOfTheirOwnForAnyone() throws IOException {
        List<String> pages;
        try (var templates = Files.list(Path.of("src/main/webapp/WEB-INF/pages/roster"))) {
            pages = templates.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(6);
        List<String> names = object(WebappClient.loggedIn(base, ADMIN).get("sferum/api/roster/persons?q=&size=50"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(person -> person.getString("fullName")).toList();
        assertThat(names).isNotEmpty();
        Map<String, WebappClient> clients = new LinkedHashMap<>();
        USERS.forEach(user -> clients.put(user, WebappClient.loggedIn(base, user)));
        clients.put("посетитель без входа", WebappClient.anonymous(base));
        for (String page : pages) {
            String path = "sferum/roster/" + (page.equals("index.html") ? "" : page);
            clients.forEach((user, client) -> {
                HttpResponse<String> shell = client.page(path);
                assertThat(shell.statusCode()).as(user + " → " + path).isEqualTo(200);
                assertThat(shell.body()).as(user + " → " + path).doesNotContain(names);
            });
        }
    }

    private Set<String> startable(WebappClient client) {
        Set<String> keys = new TreeSet<>();
        array(client.get(ENGINE + "/process-definition?latestVersion=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true&maxResults=200")).getValuesAs(JsonObject.class)
                .forEach(definition -> keys.add(definition.getString("key")));
        return keys;
    }

    private HttpResponse<String> probe(WebappClient client, Operation operation) {
        String path = "sferum/api/" + operation.path().replace("{id}", "missing0000");
        return switch (operation.method()) {
            case "GET" -> client.get(path, "*/*");
            case "PUT" -> client.put(path, "{}");
            default -> {
                if (MULTIPART.contains(operation.path().replaceAll("\\?.*", ""))) {
                    MultipartBody empty = MultipartBody.of(Map.of(), null, null, null, null);
                    yield client.post(path, empty.bytes(), empty.contentType());
                }
                if (operation.path().equals("class-teachers")) {
                    yield client.post(path, "ФИО классного руководителя;Группа\n".getBytes(StandardCharsets.UTF_8), "text/csv");
                }
                yield client.post(path, "{}");
            }
        };
    }

    private static final Set<String> MULTIPART = Set.of("roster/imports", "publications", "consents",
            "consents/withdrawals");

    /** The web apps' login as their pages do it; the status it answers. */
    private int login(String user, String app) {
        return WebappClient.anonymous(base).postForm("api/admin/auth/user/default/login/" + app,
                "username=" + WebappClient.encode(user) + "&password=demo").statusCode();
    }
}
