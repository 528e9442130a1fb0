package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.platform.WebappClient.ENGINE;
import static ru.sferumworkflow.platform.WebappClient.array;
import static ru.sferumworkflow.platform.WebappClient.object;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The application as a newcomer meets it: the web apps, the demo users, the filters, the models. */
class PlatformIT extends ServerTest {

    @Test
    void tasklistCockpitAndAdminAreServed() {
        WebappClient visitor = WebappClient.anonymous(base);
        for (String app : List.of("app/tasklist/default/", "app/cockpit/default/", "app/admin/default/", "app/welcome/default/")) {
            var page = visitor.get(app);
            assertThat(page.statusCode()).as(app).isEqualTo(200);
            assertThat(page.body()).as(app).contains("<html");
        }
    }

    @Test
    void everyGroupHasItsRussianNameAndADemoUser() {
        WebappClient operator = WebappClient.loggedIn(base, "operator", "admin");
        Map<String, String> expected = Map.of(
                "director", "Директор",
                "administration", "Администрация (заместители директора)",
                "administrators", "Администраторы Сферума",
                "class-teachers", "Классные руководители",
                "teachers", "Преподаватели и мастера п/о",
                "auditors", "Проверяющие",
                "camunda-admin", "Системные администраторы");
        expected.forEach((group, name) -> {
            JsonObject found = object(operator.get(ENGINE + "/group/" + group));
            assertThat(found.getString("name")).isEqualTo(name);
            assertThat(array(operator.get(ENGINE + "/user?memberOfGroup=" + group))).as(group).isNotEmpty();
        });
        JsonObject director = object(operator.get(ENGINE + "/user/director/profile"));
        assertThat(director.getString("firstName") + " " + director.getString("lastName"))
                .isEqualTo("Ольга Николаевна Соколова");
    }

    @Test
    void everyStaffMemberSeesTheTasklistFiltersOnFirstLogin() {
        for (String user : List.of("deputy", "director", "sferum-admin", "curator", "teacher", "auditor")) {
            List<String> filters = array(WebappClient.loggedIn(base, user).get(ENGINE + "/filter?resourceType=Task"))
                    .getValuesAs(JsonObject.class).stream().map(filter -> filter.getString("name")).toList();
            assertThat(filters).as(user).contains("Мои задачи", "Задачи моих групп");
        }
    }

    @Test
    void theModelsAreDeployedFromTheProcessesFolderWithVersionTagAndHistoryTimeToLive() {
        WebappClient auditor = WebappClient.loggedIn(base, "auditor", "cockpit");
        JsonObject definition = object(auditor.get(ENGINE + "/process-definition/key/appointmentOrder"));
        assertThat(definition.getString("name")).isEqualTo("Приказ о назначении администратора Сферума");
        assertThat(definition.getString("versionTag")).isNotBlank();
        assertThat(definition.getInt("historyTimeToLive")).isPositive();
        assertThat(definition.getString("resource")).isEqualTo("processes/onboarding/appointment-order.bpmn");
        assertThat(definition.get("tenantId")).as("shared by all colleges").isEqualTo(JsonValue.NULL);
        // SFERUM_HISTORY_TTL_DAYS (the tests set invitation=400) over the model's own time to live.
        assertThat(object(auditor.get(ENGINE + "/process-definition/key/invitation")).getInt("historyTimeToLive"))
                .isEqualTo(400);
        assertThat(definition.getInt("historyTimeToLive")).isEqualTo(1825);
    }

    /**
     * Without the statistics PostgreSQL plans a large Tasklist list as «every task × every authorization»; without the
     * indexes each list reads every authorization of the user's groups (AuthorizationCheckTuning).
     */
    @Test
    void onPostgresqlThePlannerHasStatisticsAndIndexesForThePermissionChecksOfTaskQueries() throws SQLException {
        Assumptions.assumeTrue(onPostgresql(), "statistics on expressions and partial indexes are PostgreSQL's");
        try (Connection database = serverDatabase()) {
            assertThat(names(database,
                    "select stxname from pg_statistic_ext where stxrelid = 'act_ru_authorization'::regclass"))
                    .contains("sfw_auth_perms_2", "sfw_auth_perms_64");
            assertThat(names(database, "select indexname from pg_indexes where tablename = 'act_ru_authorization'"))
                    .contains("sfw_auth_perms_2_rows", "sfw_auth_perms_64_rows");
        }
    }

    private static List<String> names(Connection database, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = database.createStatement().executeQuery(query)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
