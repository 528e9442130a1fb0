package ru.sferumworkflow.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * On PostgreSQL, what its planner needs to plan the engine's authorization checks well once the database is large.
 *
 * <p>Every task query of a user who is not an operator — each Tasklist list — joins the tasks with the user's
 * authorizations, picked by {@code (PERMS_ & :permission) = :permission}. The engine grants a task's candidate group
 * one authorization per task, so that set grows with the open tasks; but PostgreSQL has no statistics for such an
 * expression and guesses 0.5 % of the rows. Once autovacuum has analysed the tables, the guess makes it compare every
 * task with every authorization: at 10,000 open tasks one Tasklist list took 39 s instead of 0.3 s (docs/performance.md,
 * «Tasklist»). Statistics on the two expressions the task query uses correct the guess — for a plan made with the
 * values, hence {@code prepareThreshold=0} in the address of the database, which this class asks for in the log.
 *
 * <p>The same check also had to read every authorization of the user's groups: the administrators hold one per open
 * task they may work on (to take and complete it, not to read it — {@code CandidateGroupTaskGrants}), so at 100,000
 * open tasks each Tasklist page read 100,000 rows to find the ten that let them read. An index over just the rows
 * that carry one of the two permissions finds those at once: the page 19–26 ms → 6–7 ms at 100,000 open tasks.
 */
final class AuthorizationCheckTuning {

    private static final Logger LOG = Logger.getLogger(AuthorizationCheckTuning.class.getName());

    /** READ on a task and READ_TASK on a process definition: the two checks of every task query. */
    private static final int[] TASK_QUERY_PERMISSIONS = {2, 64};

    private AuthorizationCheckTuning() {
    }

    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            if (!"PostgreSQL".equals(database.getDatabaseProductName())) {
                return;
            }
            if (!database.getURL().contains("prepareThreshold=0")) {
                LOG.warning("В адресе базы (SFERUM_DB_URL) нет prepareThreshold=0: PostgreSQL может спланировать списки "
                        + "задач без значений прав и читать их десятки секунд при тысячах открытых задач. Допишите "
                        + "?prepareThreshold=0 к адресу (docs/operations.md).");
            }
            try (Statement statement = connection.createStatement()) {
                for (int permission : TASK_QUERY_PERMISSIONS) {
                    // Partial: only the few rows that grant this permission. The planner matches the index's
                    // condition because each statement is planned with its values (prepareThreshold=0).
                    statement.execute("create index if not exists sfw_auth_perms_" + permission
                            + "_rows on act_ru_authorization (resource_type_) where (perms_ & " + permission + ") = "
                            + permission);
                }
                if (database.getDatabaseMajorVersion() < 14) {
                    LOG.warning("PostgreSQL " + database.getDatabaseProductVersion() + " не умеет статистику по "
                            + "выражениям (нужна версия 14 или новее): списки задач при тысячах открытых задач могут быть "
                            + "медленными.");
                    return;
                }
                for (int permission : TASK_QUERY_PERMISSIONS) {
                    statement.execute("create statistics if not exists sfw_auth_perms_" + permission + " on ((perms_ & "
                            + permission + ")) from act_ru_authorization");
                }
                statement.execute("analyze act_ru_authorization");
            }
        } catch (SQLException e) {
            // Two nodes starting at once may race on the names; the other one has created them then.
            LOG.warning("Индексы и статистика PostgreSQL для проверок прав не созданы: " + e.getMessage());
        }
    }
}
