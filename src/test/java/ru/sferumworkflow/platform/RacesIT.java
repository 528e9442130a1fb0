package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.encode;
import static ru.sferumworkflow.platform.WebappClient.form;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import ru.sferumworkflow.roster.RosterUploads;

/**
 * Two people doing the same thing at the same moment. Each round fires both requests at once (released together by
 * a latch, so they meet inside the server); whichever wins, the other is told in Russian with a 409 (or a 400 when it
 * came late enough to see the first one's result), never a 500, and exactly one of them took effect. On PostgreSQL
 * one case is also run with the interleaving forced by a row lock the test holds.
 */
class RacesIT extends ServerTest {

    private static final int ROUNDS = 5;
    private static final String SECOND_ADMINISTRATOR = "admin2";
    private static final String REVIEW = "Подтвердить статус «учитель»";

    @Test
    void aClaimOfATaskSomeoneHasTakenNamesThatColleague() {
        WebappClient first = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient second = secondAdministrator();
        JsonObject task = newReview(first);

        assertThat(first.post(claim(task), "{\"userId\": \"sferum-admin\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> late = second.post(claim(task), "{\"userId\": \"" + SECOND_ADMINISTRATOR + "\"}");

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(object(late).getString("message")).contains("уже взял(а) в работу Анна Сергеевна Кузнецова",
                "не сохранено");
        assertThat(object(first.get(ENGINE + "/task/" + task.getString("id"))).getString("assignee")).isEqualTo("sferum-admin");

        // Completing a task that is already done: the same kind of answer, not the engine's English 500.
        Tasks.complete(first, task, decision());
        HttpResponse<String> again = Tasks.completing(second, task, decision());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(object(again).getString("message")).contains("уже выполнил другой пользователь");
    }

    @Test
    void twoClaimsAtOnceOneWinsTheOtherIsToldWhoTookIt() throws Exception {
        WebappClient first = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient second = secondAdministrator();
        for (int round = 0; round < ROUNDS; round++) {
            JsonObject task = newReview(first);
            List<HttpResponse<String>> answers = atOnce(
                    () -> first.post(claim(task), "{\"userId\": \"sferum-admin\"}"),
                    () -> second.post(claim(task), "{\"userId\": \"" + SECOND_ADMINISTRATOR + "\"}"));

            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, bodies(answers)).containsExactly(204, 409);
            String winner = answers.get(0).statusCode() == 204 ? "sferum-admin" : SECOND_ADMINISTRATOR;
            assertThat(object(first.get(ENGINE + "/task/" + task.getString("id"))).getString("assignee")).isEqualTo(winner);
            HttpResponse<String> loser = loser(answers);
            assertThat(object(loser).getString("message")).contains("уже взял(а) в работу "
                    + (winner.equals("sferum-admin") ? "Анна Сергеевна Кузнецова" : "Вторая Администратор"));
        }
    }

    /**
     * The interleaving made certain rather than likely (PostgreSQL): the test holds the task's row locked, both claims
     * read the task and then wait on that lock — the database shows both waiting — and only then is the lock
     * released. Both read «nobody has it»; one writes first; the other's write finds the row changed.
     */
    @Test
    void twoClaimsThatBothReadTheTaskBeforeEitherWritesOneWinsTheOtherGets409() throws Exception {
        Assumptions.assumeTrue(onPostgresql(), "the waiting sessions are read from pg_stat_activity");
        WebappClient first = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient second = secondAdministrator();
        JsonObject task = newReview(first);
        try (Connection database = serverDatabase()) {
            database.setAutoCommit(false);
            try (PreparedStatement lock = database.prepareStatement("select ID_ from ACT_RU_TASK where ID_ = ? for update")) {
                lock.setString(1, task.getString("id"));
                lock.executeQuery().close();
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<HttpResponse<String>> byFirst = pool.submit(() -> first.post(claim(task), "{\"userId\": \"sferum-admin\"}"));
                Future<HttpResponse<String>> bySecond = pool.submit(() -> second.post(claim(task),
                        "{\"userId\": \"" + SECOND_ADMINISTRATOR + "\"}"));
                Eventually.within(Duration.ofSeconds(30), "оба запроса ждут блокировку строки задачи",
                        () -> waitingOnLocks(database), waiting -> waiting >= 2);
                database.rollback();
                List<HttpResponse<String>> answers = List.of(byFirst.get(), bySecond.get());
                assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList()).as(bodies(answers).toString())
                        .containsExactly(204, 409);
                assertThat(object(loser(answers))
                        .getString("message")).contains("уже взял(а) в работу");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static int waitingOnLocks(Connection database) {
        try (PreparedStatement query = database.prepareStatement("select count(*) from pg_stat_activity "
                + "where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoCompletionsAtOnceOneDecidesTheOtherSavesNothing() throws Exception {
        WebappClient first = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient second = secondAdministrator();
        for (int round = 0; round < ROUNDS; round++) {
            JsonObject task = newReview(first);
            String instance = task.getString("processInstanceId");
            List<HttpResponse<String>> answers = atOnce(
                    () -> Tasks.completing(first, task, decision()),
                    () -> Tasks.completing(second, task, Map.of("statusDecision", "refuse",
                            "statusReason", "Второе решение, которое не должно сохраниться")));

            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, bodies(answers)).containsExactly(204, 409);
            HttpResponse<String> loser = loser(answers);
            assertThat(object(loser).getString("message")).containsAnyOf("уже выполнил другой пользователь",
                    "как раз изменил другой пользователь");
            // One decision in the history: the task was completed once, by the winner.
            assertThat(array(first.get(ENGINE + "/history/task?processInstanceId=" + instance
                    + "&taskDefinitionKey=reviewStatus&finished=true"))).hasSize(1);
        }
    }

    @Test
    void twoDismissalsOfOnePersonAtOnceSaveOneEventAndOneRemoval() throws Exception {
        WebappClient first = WebappClient.loggedIn(base, "sferum-admin");
        WebappClient second = WebappClient.loggedIn(base, "deputy");
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        for (int round = 0; round < ROUNDS; round++) {
            String person = newStaffMember(first);
            Function<String, String> dismissal = number -> Json.createObjectBuilder().add("personId", person)
                    .add("kind", "DISMISSAL").add("orderNumber", number).add("orderDate", LocalDate.now().toString())
                    .build().toString();
            List<HttpResponse<String>> answers = atOnce(
                    () -> first.post("sferum/api/roster/movements", dismissal.apply("21-к")),
                    () -> second.post("sferum/api/roster/movements", dismissal.apply("22-к")));

            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, bodies(answers)).hasSize(2).first().isEqualTo(201);
            assertThat(statuses.get(1)).as("round %d: %s", round, bodies(answers)).isIn(400, 409);
            HttpResponse<String> loser = loser(answers);
            assertThat(object(loser).getString("message")).matches(".*[а-яА-Я].*");
            JsonObject card = object(first.get("sferum/api/roster/persons/" + person));
            assertThat(card.getJsonArray("movements")).as("round %d: %s; %s", round, bodies(answers), card).hasSize(1);
            assertThat(array(operator.get(ENGINE + "/history/process-instance?processDefinitionKey=memberRemoval"
                    + "&processInstanceBusinessKey=" + card.getJsonArray("movements").getJsonObject(0).getString("id"))))
                    .hasSize(1);
        }
    }

    /** Both requests released at the same instant; the answers in the order of the calls. */
    @SafeVarargs
    private static List<HttpResponse<String>> atOnce(java.util.concurrent.Callable<HttpResponse<String>>... calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (var call : calls) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answer of the request that lost (the one refused). */
    private static HttpResponse<String> loser(List<HttpResponse<String>> answers) {
        return answers.stream().filter(answer -> answer.statusCode() >= 400).findFirst().orElseThrow();
    }

    private static List<String> bodies(List<HttpResponse<String>> answers) {
        return answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList();
    }

    /** A review of a teacher's status for the administrators: the deputy's data differs from the roster. */
    private static JsonObject newReview(WebappClient admin) {
        String instance = Tasks.start(admin, "teacherVerification", Map.of("givenName", "Морозов Сергей Викторович",
                "givenPhone", "+7 999 111-22-33", "givenEmail", "morozov.home@mail.test"));
        return Tasks.only(admin, instance, REVIEW);
    }

    private static Map<String, String> decision() {
        return Map.of("statusDecision", "refuse", "statusReason", "Заместитель директора не ведёт занятий");
    }

    private static String claim(JsonObject task) {
        return ENGINE + "/task/" + task.getString("id") + "/claim";
    }

    /** A second administrator of the college, as the operator would add one in Admin. */
    private WebappClient secondAdministrator() {
        WebappClient operator = WebappClient.loggedIn(base, "operator", "cockpit");
        if (array(operator.get(ENGINE + "/user?id=" + SECOND_ADMINISTRATOR)).isEmpty()) {
            HttpResponse<String> created = operator.post(ENGINE + "/user/create", Json.createObjectBuilder()
                    .add("profile", Json.createObjectBuilder().add("id", SECOND_ADMINISTRATOR).add("firstName", "Вторая")
                            .add("lastName", "Администратор").add("email", "admin2@college.test"))
                    .add("credentials", Json.createObjectBuilder().add("password", "demo")).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
            assertThat(operator.put(ENGINE + "/group/administrators/members/" + SECOND_ADMINISTRATOR, "{}").statusCode())
                    .isEqualTo(204);
            assertThat(operator.put(ENGINE + "/tenant/college/user-members/" + SECOND_ADMINISTRATOR, "{}").statusCode())
                    .isEqualTo(204);
        }
        return WebappClient.loggedIn(base, SECOND_ADMINISTRATOR);
    }

    /** A new worker in the staff list; their id on the roster. */
    private static String newStaffMember(WebappClient admin) {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        StringBuilder surname = new StringBuilder("Гон");
        number.chars().forEach(digit -> surname.append("абвгдежзик".charAt(digit - '0')));
        String name = surname + "ов Олег Петрович";
        RosterUploads.loaded(admin, "STAFF", "Табельный номер;ФИО;Должность;Педагогический работник;Мобильный телефон;"
                + "E-mail\nР" + number + ";" + name + ";Лаборант;нет;;\n", Duration.ofSeconds(60));
        return object(admin.get("sferum/api/roster/persons?q=" + encode(name))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(person -> person.getString("fullName").equals(name))
                .findFirst().orElseThrow().getString("id");
    }
}
