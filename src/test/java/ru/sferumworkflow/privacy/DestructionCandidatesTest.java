package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sferumworkflow.privacy.PrivacySchema.insert;
import static ru.sferumworkflow.privacy.PrivacySchema.person;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.sferumworkflow.roster.MovementKind;
import ru.sferumworkflow.roster.PersonRole;

/**
 * Whose data has served its purpose, against the application's schema: the people who left, removed from every chat,
 * after the days kept for their role; parents when no child of theirs studies here; never twice.
 */
class DestructionCandidatesTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.ofHours(3));
    static final LocalDate LONG_AGO = NOW.toLocalDate().minusDays(400);
    static final Map<PersonRole, Integer> DAYS = Map.of(PersonRole.STUDENT, 365, PersonRole.PARENT, 365,
            PersonRole.STAFF, 30);

    static List<DestructionCandidates.Candidate> candidates;
    static List<String> found;

    @BeforeAll
    static void aCollegeWithPeopleWhoLeft() throws SQLException {
        JdbcDataSource database = PrivacySchema.create("destruction-candidates");
        try (Connection c = database.getConnection()) {
            // Expelled long ago, out of every chat: due. Her parent: due too; the other parent has a child studying.
            person(c, "expelled", "STUDENT", "EXPELLED", "Ушедшая Анна Ивановна", null, null);
            movement(c, "expelled", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            membership(c, "expelled", NOW.minusDays(401));
            person(c, "parent", "PARENT", "ACTIVE", "Родитель Ушедшей", null, "+79120000001");
            link(c, "expelled", "parent");
            person(c, "busyParent", "PARENT", "ACTIVE", "Родитель Двоих", null, "+79120000002");
            link(c, "expelled", "busyParent");
            person(c, "studying", "STUDENT", "ACTIVE", "Учащийся Пётр Петрович", null, null);
            link(c, "studying", "busyParent");
            // Graduated only a month ago: not yet. Dismissed 40 days ago with 30 days kept for staff: due.
            person(c, "recent", "STUDENT", "GRADUATED", "Недавний Иван Иванович", null, null);
            movement(c, "recent", "GRADUATION", NOW.toLocalDate().minusDays(30), NOW.minusDays(30));
            person(c, "dismissed", "STAFF", "DISMISSED", "Уволенный Олег Олегович", null, null);
            movement(c, "dismissed", "DISMISSAL", NOW.toLocalDate().minusDays(40), NOW.minusDays(40));
            // Still in a chat; a removal not done yet; brought back after expulsion: none of them.
            person(c, "inChat", "STUDENT", "EXPELLED", "Вчате Илья Ильич", null, null);
            movement(c, "inChat", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            insert(c, "insert into SFW_MEMBERSHIP (ID, VERSION, COLLEGE_ID, PERSON_ID, CHAT_ID, ROLE, SINCE, RECORDED_BY)"
                    + " values (?, 0, 'college', 'inChat', 'chat', 'STUDENT', ?, 'test')", id(), NOW.minusDays(500));
            person(c, "removing", "STUDENT", "EXPELLED", "Удаляемый Глеб Глебович", null, null);
            String movement = movement(c, "removing", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            insert(c, "insert into SFW_CHAT_REMOVAL (ID, VERSION, COLLEGE_ID, MOVEMENT_ID, CHAT_ID, PROCESS_INSTANCE_ID,"
                    + " CREATED_AT) values (?, 0, 'college', ?, 'chat', 'p', ?)", id(), movement, NOW.minusDays(400));
            person(c, "returned", "STUDENT", "ACTIVE", "Вернувшийся Юрий Юрьевич", null, null);
            movement(c, "returned", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            movement(c, "returned", "RETURN", LONG_AGO.plusDays(10), NOW.minusDays(390));
            // Already destroyed; postponed till later; postponed and due again.
            person(c, "destroyed", "STUDENT", "EXPELLED", "Уничтожено 1", null, null);
            movement(c, "destroyed", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            destruction(c, "destroyed", "DESTROYED", null);
            person(c, "later", "STUDENT", "EXPELLED", "Отложенный Лев Львович", null, null);
            movement(c, "later", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            destruction(c, "later", "POSTPONED", NOW.plusDays(10));
            person(c, "again", "STUDENT", "EXPELLED", "Снова Марк Маркович", null, null);
            movement(c, "again", "EXPULSION", LONG_AGO, NOW.minusDays(400));
            destruction(c, "again", "POSTPONED", NOW.minusDays(1));
            // Withdrew the consent yesterday: proposed by the withdrawal itself, not by the sweep; one whose
            // destruction was put off and is due again comes back at once, whatever the days kept; one still in a
            // chat waits.
            person(c, "withdrawing", "STUDENT", "WITHDRAWN", "Отозвавшая Ия Ильинична", null, null);
            movement(c, "withdrawing", "CONSENT_WITHDRAWAL", NOW.toLocalDate().minusDays(1), NOW.minusDays(1));
            destruction(c, "withdrawing", "PROPOSED", null);
            person(c, "withdrewLater", "PARENT", "WITHDRAWN", "Отозвавший Ян Янович", null, null);
            movement(c, "withdrewLater", "CONSENT_WITHDRAWAL", NOW.toLocalDate().minusDays(95), NOW.minusDays(95));
            destruction(c, "withdrewLater", "POSTPONED", NOW.minusDays(1));
            person(c, "withdrewInChat", "STAFF", "WITHDRAWN", "Отозвавший Ким Кимович", null, null);
            movement(c, "withdrewInChat", "CONSENT_WITHDRAWAL", NOW.toLocalDate().minusDays(2), NOW.minusDays(2));
            insert(c, "insert into SFW_MEMBERSHIP (ID, VERSION, COLLEGE_ID, PERSON_ID, CHAT_ID, ROLE, SINCE, RECORDED_BY)"
                    + " values (?, 0, 'college', 'withdrewInChat', 'chat', 'TEACHER', ?, 'test')", id(),
                    NOW.minusDays(500));
        }
        candidates = new DestructionCandidates(database).of("college", NOW, DAYS);
        found = candidates.stream().map(DestructionCandidates.Candidate::personId).toList();
    }

    @Test
    void peopleWhoLeftAreDueAfterTheDaysOfTheirRoleOnceOutOfEveryChat() {
        assertThat(found).contains("expelled", "dismissed").doesNotContain("recent", "inChat", "removing", "returned",
                "studying");
    }

    @Test
    void parentsAreDueWhenNoChildOfTheirsStudiesHere() {
        assertThat(found).contains("parent").doesNotContain("busyParent");
    }

    @Test
    void aDestructionIsNeverProposedTwiceAndAPostponedOneComesBackInItsTime() {
        assertThat(found).doesNotContain("destroyed", "later").contains("again");
        assertThat(found).doesNotHaveDuplicates();
    }

    @Test
    void afterAWithdrawalNothingIsKeptButTheWithdrawalProposesItself() {
        assertThat(found).contains("withdrewLater").doesNotContain("withdrawing", "withdrewInChat");
        assertThat(candidates.stream().filter(candidate -> candidate.personId().equals("withdrewLater")).findFirst()
                .orElseThrow().kind()).isEqualTo(MovementKind.CONSENT_WITHDRAWAL);
    }

    @Test
    void theOrderThatEndedItComesWithTheCandidate() {
        DestructionCandidates.Candidate expelled = candidates.stream()
                .filter(candidate -> candidate.personId().equals("expelled")).findFirst().orElseThrow();
        assertThat(expelled.kind()).isEqualTo(MovementKind.EXPULSION);
        assertThat(expelled.orderDate()).isEqualTo(LONG_AGO);
        assertThat(expelled.role()).isEqualTo(PersonRole.STUDENT);
    }

    private static String movement(Connection c, String person, String kind, LocalDate date, OffsetDateTime entered)
            throws SQLException {
        String id = id();
        insert(c, "insert into SFW_MOVEMENT (ID, COLLEGE_ID, PERSON_ID, KIND, ORDER_NUMBER, ORDER_DATE, ENTERED_BY,"
                + " ENTERED_AT) values (?, 'college', ?, ?, '12-к', ?, 'test', ?)", id, person, kind, date, entered);
        return id;
    }

    private static void membership(Connection c, String person, OffsetDateTime until) throws SQLException {
        insert(c, "insert into SFW_MEMBERSHIP (ID, VERSION, COLLEGE_ID, PERSON_ID, CHAT_ID, ROLE, SINCE, UNTIL,"
                + " RECORDED_BY) values (?, 0, 'college', ?, 'chat', 'STUDENT', ?, ?, 'test')", id(), person,
                until.minusDays(300), until);
    }

    private static void link(Connection c, String student, String parent) throws SQLException {
        insert(c, "insert into SFW_STUDENT_PARENT (ID, COLLEGE_ID, STUDENT_ID, PARENT_ID, SINCE)"
                + " values (?, 'college', ?, ?, ?)", id(), student, parent, NOW.minusDays(1000));
    }

    private static void destruction(Connection c, String person, String status, OffsetDateTime next)
            throws SQLException {
        insert(c, "insert into SFW_DESTRUCTION (ID, VERSION, COLLEGE_ID, PERSON_ID, STATUS, REASON, PROPOSED_AT,"
                + " NEXT_REVIEW_AT) values (?, 0, 'college', ?, ?, 'причина', ?, ?)", id(), person, status,
                NOW.minusDays(100), next);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
