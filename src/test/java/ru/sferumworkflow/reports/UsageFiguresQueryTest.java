package ru.sferumworkflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.sferumworkflow.reports.UsageFigures.InvitationFigures;

/**
 * The report's counting against the application's real schema (the Flyway migrations on H2): what falls within the
 * month in college time and what does not, each figure on rows made for it, and another college's rows never
 * counted. October 2026 in Moscow is [1 October 00:00 +03:00, 1 November 00:00 +03:00).
 */
class UsageFiguresQueryTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final OffsetDateTime FROM = OCTOBER.atDay(1).atStartOfDay(MOSCOW).toOffsetDateTime();
    static final OffsetDateTime TO = OCTOBER.plusMonths(1).atDay(1).atStartOfDay(MOSCOW).toOffsetDateTime();
    /** Just inside and just outside, written in UTC as another node might write them. */
    static final OffsetDateTime FIRST_MOMENT = FROM.withOffsetSameInstant(java.time.ZoneOffset.UTC);
    static final OffsetDateTime LAST_MOMENT = TO.minusNanos(1_000).withOffsetSameInstant(java.time.ZoneOffset.UTC);
    static final OffsetDateTime BEFORE = FROM.minusSeconds(1);
    static final OffsetDateTime AFTER = TO;
    static final OffsetDateTime MID = FROM.plusDays(10);

    static JdbcDataSource database;
    static UsageFigures figures;

    @BeforeAll
    static void aMonthOfWork() throws SQLException {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:usage-figures;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").table("SFW_SCHEMA_HISTORY")
                .load().migrate();
        try (Connection connection = database.getConnection()) {
            insert(connection, "insert into SFW_GROUP (ID, VERSION, COLLEGE_ID, CODE, ACTIVE, UPDATED_AT) values (?, 0, ?, ?, true, ?)",
                    "g1", "college", "ИС-21", MID);
            insert(connection, chat(), "c1", "college", "CLASS", "Класс ИС-21", "g1", MID);
            insert(connection, chat(), "c2", "college", "STAFF_ROOM", "Учительская", null, MID);
            insert(connection, chat(), "x1", "other", "CLASS", "Чужой класс", null, MID);
            invitation(connection, "i1", "college", "c1", "STUDENT", "OPEN", null);
            invitation(connection, "i2", "college", "c2", "TEACHER", "ANNULLED", LAST_MOMENT);
            invitation(connection, "i3", "college", "c1", "PARENT", "ANNULLED", BEFORE);
            invitation(connection, "x", "other", "x1", "STUDENT", "ANNULLED", MID);
            // Students: sent on the first moment and the last, one the day before (it still waits), one after.
            recipient(connection, "i1", "SENT", FIRST_MOMENT, null, null);
            recipient(connection, "i1", "CLAIMED", LAST_MOMENT, LAST_MOMENT, null);
            recipient(connection, "i1", "SENT", BEFORE, null, null);
            recipient(connection, "i1", "SENT", AFTER, null, null);
            recipient(connection, "i1", "ACCEPTED", BEFORE, BEFORE, MID);
            recipient(connection, "i1", "REJECTED", MID, MID, MID);
            // Teachers of the staff room: one accepted, one link unclaimed and annulled.
            recipient(connection, "i2", "ACCEPTED", MID, MID, MID);
            recipient(connection, "i2", "DEAD", MID, null, null);
            recipient(connection, "i3", "DEAD", BEFORE, null, null);
            recipient(connection, "x", "SENT", MID, null, null);
            // Verifications: verified in 2 and in 4 days; refused; one still in review; one of September.
            verification(connection, "college", "VERIFIED", MID, MID.plusDays(2));
            verification(connection, "college", "VERIFIED", MID, MID.plusDays(4));
            verification(connection, "college", "REFUSED", MID, null);
            verification(connection, "college", "REVIEW", MID, null);
            verification(connection, "college", "VERIFIED", BEFORE.minusDays(3), BEFORE);
            verification(connection, "other", "VERIFIED", MID, MID.plusDays(30));
            // Removals: one in time, one after escalation, one still open, one done in November.
            removal(connection, "college", MID, null, MID.plusDays(1));
            removal(connection, "college", MID, MID.plusDays(3), MID.plusDays(4));
            removal(connection, "college", MID, null, null);
            removal(connection, "college", MID, null, AFTER);
            // Breaches: a restriction later lifted, a reminder, a complaint not upheld, one complaint still in review.
            breach(connection, "RESTRICTED", false, null, MID, MID.plusDays(5));
            breach(connection, "REMINDED", false, MID, null, null);
            breach(connection, "REFUSED", true, null, null, null);
            breach(connection, "RECORDED", true, null, null, null);
        }
        figures = new UsageFiguresQuery(database).count("college", FROM, TO);
    }

    @Test
    void invitationsByRoleCountTheMonthInCollegeTimeAndWhatStillWaits() {
        assertThat(figures.byRole()).containsExactly(
                new InvitationFigures("учитель", 2, 1, 1, 0, 0),
                new InvitationFigures("обучающийся", 3, 2, 1, 1, 3),
                new InvitationFigures("родитель", 0, 0, 0, 0, 0));
        assertThat(figures.total()).isEqualTo(new InvitationFigures("Всего", 5, 3, 2, 1, 3));
    }

    @Test
    void invitationsByGroupPutCommonChatsOnOneLine() {
        assertThat(figures.byGroup()).containsExactly(
                new InvitationFigures(UsageFiguresQuery.NO_GROUP, 2, 1, 1, 0, 0),
                new InvitationFigures("ИС-21", 3, 2, 1, 1, 3));
    }

    @Test
    void verificationsGiveTheAverageAndWorstDaysToConfirmation() {
        assertThat(figures.verification()).isEqualTo(new UsageFigures.VerificationFigures(4, 2, 1, 1, 3.0, 4.0));
    }

    @Test
    void removalsOnTimeAndOverdue() {
        assertThat(figures.removals()).isEqualTo(new UsageFigures.RemovalFigures(2, 1, 1, 1));
    }

    @Test
    void moderationLeavesOutComplaintsStillUnderReview() {
        assertThat(figures.moderation()).isEqualTo(new UsageFigures.ModerationFigures(2, 1, 1, 1, 1));
    }

    @Test
    void annulledInvitationsAndTheirUnclaimedLinks() {
        assertThat(figures.annulment()).isEqualTo(new UsageFigures.AnnulmentFigures(1, 1));
    }

    private static String chat() {
        return "insert into SFW_CHAT (ID, VERSION, COLLEGE_ID, KIND, TITLE, GROUP_ID, CREATED_BY, CREATED_AT)"
                + " values (?, 0, ?, ?, ?, ?, 'test', ?)";
    }

    private static void invitation(Connection connection, String id, String college, String chat, String role,
            String status, OffsetDateTime annulled) throws SQLException {
        insert(connection, "insert into SFW_INVITATION (ID, VERSION, COLLEGE_ID, CHAT_ID, ROLE, PLATFORM_LINK, ISSUED_BY,"
                + " ISSUED_AT, VALID_UNTIL, STATUS, ANNULLED_AT) values (?, 0, ?, ?, ?, 'https://sferum.ru/x', 'test', ?, ?,"
                + " ?, ?)", id, college, chat, role, BEFORE.minusDays(5), AFTER, status, annulled);
    }

    private static void recipient(Connection connection, String invitation, String status, OffsetDateTime sent,
            OffsetDateTime claimed, OffsetDateTime decided) throws SQLException {
        insert(connection, "insert into SFW_INVITATION_RECIPIENT (ID, VERSION, INVITATION_ID, LIST_POSITION, PERSON_ID,"
                + " STATUS, SENT_AT, CLAIMED_AT, DECIDED_AT) values (?, 0, ?, (select count(*) from SFW_INVITATION_RECIPIENT"
                + " where INVITATION_ID = ?), 'p', ?, ?, ?, ?)", id(), invitation, invitation, status, sent, claimed, decided);
    }

    private static void verification(Connection connection, String college, String status, OffsetDateTime started,
            OffsetDateTime finished) throws SQLException {
        boolean verified = status.equals("VERIFIED");
        insert(connection, "insert into SFW_TEACHER_VERIFICATION (ID, VERSION, COLLEGE_ID, PROCESS_INSTANCE_ID, SOURCE,"
                        + " GIVEN_NAME, STATUS, STARTED_AT, DECIDED_AT, PLATFORM_CONFIRMED_AT)"
                        + " values (?, 0, ?, ?, 'ADMINISTRATOR', 'Тестов Тест Тестович', ?, ?, ?, ?)", id(), college, id(),
                status, started, status.equals("REFUSED") ? started.plusDays(1) : finished, verified ? finished : null);
    }

    private static void removal(Connection connection, String college, OffsetDateTime created, OffsetDateTime escalated,
            OffsetDateTime done) throws SQLException {
        insert(connection, "insert into SFW_CHAT_REMOVAL (ID, VERSION, COLLEGE_ID, MOVEMENT_ID, CHAT_ID,"
                + " PROCESS_INSTANCE_ID, CREATED_AT, ESCALATED_AT, DONE_AT) values (?, 0, ?, 'm', 'c1', ?, ?, ?, ?)", id(),
                college, id(), created, escalated, done);
    }

    private static void breach(Connection connection, String outcome, boolean complaint, OffsetDateTime reminded,
            OffsetDateTime restricted, OffsetDateTime lifted) throws SQLException {
        insert(connection, "insert into SFW_BREACH (ID, VERSION, COLLEGE_ID, CHAT_ID, PERSON_ID, RULES_VERSION, RULE_NUMBER,"
                        + " RULE_TEXT, DESCRIPTION, EVIDENCE, REPORTED_BY, REPORTED_AT, PROCESS_INSTANCE_ID, OUTCOME,"
                        + " COMPLAINT, REMINDED_AT, RESTRICTED_AT, LIFTED_AT)"
                        + " values (?, 0, 'college', 'c1', 'p', '1', 1, 'п. 1', 'что', 'где', 'test', ?, ?, ?, ?, ?, ?, ?)",
                id(), MID, id(), outcome, complaint, reminded, restricted, lifted);
    }

    private static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
