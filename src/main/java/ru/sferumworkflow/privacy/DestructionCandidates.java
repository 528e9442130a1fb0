package ru.sferumworkflow.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.roster.MovementKind;
import ru.sferumworkflow.roster.PersonRole;

/**
 * The people whose personal data has served its purpose: students expelled or graduated and staff dismissed, and
 * parents none of whose children study here any more — once every chat membership of theirs has ended, no removal
 * from a chat waits, the days kept for their role (SFERUM_PERSONAL_DATA_DAYS) have passed since the order, and no
 * destruction is under way or put off till later; and people who withdrew their consent, whose destruction was put
 * off and is due again.
 */
@ApplicationScoped
public class DestructionCandidates {

    /** One person to propose, with the order that ended their studies or work. */
    public record Candidate(String personId, PersonRole role, MovementKind kind, LocalDate orderDate, String orderNumber) {
    }

    private static final String NOT_BUSY = """
              and not exists (select 1 from SFW_MEMBERSHIP ms where ms.PERSON_ID = p.ID and ms.UNTIL is null)
              and not exists (select 1 from SFW_DESTRUCTION d where d.PERSON_ID = p.ID
                and (d.STATUS <> 'POSTPONED' or d.NEXT_REVIEW_AT > ?))""";

    /** Students and staff who left, with their last leaving order. */
    private static final String LEFT = """
            select p.ID, p.ROLE, m.KIND, m.ORDER_DATE, m.ORDER_NUMBER
            from SFW_PERSON p join SFW_MOVEMENT m on m.PERSON_ID = p.ID
            where p.COLLEGE_ID = ? and p.STATUS in ('DISMISSED', 'EXPELLED', 'GRADUATED')
              and m.KIND in ('DISMISSAL', 'EXPULSION', 'GRADUATION')
              and not exists (select 1 from SFW_MOVEMENT later where later.PERSON_ID = p.ID
                and later.ENTERED_AT > m.ENTERED_AT)
              and not exists (select 1 from SFW_CHAT_REMOVAL r join SFW_MOVEMENT mv on mv.ID = r.MOVEMENT_ID
                where mv.PERSON_ID = p.ID and r.DONE_AT is null)""" + NOT_BUSY;

    /** Parents with children here, none of them studying, with the last child's leaving order. */
    private static final String PARENTS = """
            select p.ID, p.ROLE, m.KIND, m.ORDER_DATE, m.ORDER_NUMBER
            from SFW_PERSON p
              join SFW_STUDENT_PARENT sp on sp.PARENT_ID = p.ID
              join SFW_MOVEMENT m on m.PERSON_ID = sp.STUDENT_ID and m.KIND in ('EXPULSION', 'GRADUATION')
            where p.COLLEGE_ID = ? and p.ROLE = 'PARENT'
              and not exists (select 1 from SFW_STUDENT_PARENT sp2 join SFW_PERSON c on c.ID = sp2.STUDENT_ID
                where sp2.PARENT_ID = p.ID and c.STATUS in ('ACTIVE', 'WITHDRAWN'))""" + NOT_BUSY;

    /**
     * People who withdrew their consent, once out of every chat: found here only when the destruction the withdrawal
     * proposed was put off and its time is up (the withdrawal proposes it itself, at once).
     */
    private static final String WITHDRAWN = """
            select p.ID, p.ROLE, m.KIND, m.ORDER_DATE, m.ORDER_NUMBER
            from SFW_PERSON p join SFW_MOVEMENT m on m.PERSON_ID = p.ID
            where p.COLLEGE_ID = ? and m.KIND = 'CONSENT_WITHDRAWAL'
              and exists (select 1 from SFW_DESTRUCTION due where due.PERSON_ID = p.ID and due.STATUS = 'POSTPONED')
              and not exists (select 1 from SFW_MOVEMENT later where later.PERSON_ID = p.ID
                and later.ENTERED_AT > m.ENTERED_AT)
              and not exists (select 1 from SFW_CHAT_REMOVAL r join SFW_MOVEMENT mv on mv.ID = r.MOVEMENT_ID
                where mv.PERSON_ID = p.ID and r.DONE_AT is null)""" + NOT_BUSY;

    @Resource(lookup = ProcessEngineBootstrap.DATASOURCE)
    DataSource dataSource;

    public DestructionCandidates() {
    }

    DestructionCandidates(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The college's candidates as of now: each person once, with the latest order concerning them. */
    public List<Candidate> of(String collegeId, OffsetDateTime now, Map<PersonRole, Integer> daysKept) {
        Map<String, Candidate> latest = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : List.of(LEFT, PARENTS, WITHDRAWN)) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, collegeId);
                    statement.setObject(2, now);
                    try (ResultSet found = statement.executeQuery()) {
                        while (found.next()) {
                            Candidate candidate = new Candidate(found.getString(1), PersonRole.valueOf(found.getString(2)),
                                    MovementKind.valueOf(found.getString(3)), found.getObject(4, LocalDate.class),
                                    found.getString(5));
                            latest.merge(candidate.personId(), candidate, (one, other) ->
                                    one.orderDate().isAfter(other.orderDate()) ? one : other);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Не удалось найти людей, чьи данные пора уничтожить: " + e.getMessage(), e);
        }
        LocalDate today = now.toLocalDate();
        List<Candidate> due = new ArrayList<>();
        for (Candidate candidate : latest.values()) {
            // After a withdrawal nothing is kept: the law gives 30 days to destroy, not a period of keeping.
            int days = candidate.kind() == MovementKind.CONSENT_WITHDRAWAL ? 0
                    : daysKept.getOrDefault(candidate.role(), 365);
            if (ChronoUnit.DAYS.between(candidate.orderDate(), today) >= days) {
                due.add(candidate);
            }
        }
        return due;
    }
}
