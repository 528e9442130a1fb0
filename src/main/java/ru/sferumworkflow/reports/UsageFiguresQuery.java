package ru.sferumworkflow.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.reports.UsageFigures.AnnulmentFigures;
import ru.sferumworkflow.reports.UsageFigures.InvitationFigures;
import ru.sferumworkflow.reports.UsageFigures.ModerationFigures;
import ru.sferumworkflow.reports.UsageFigures.RemovalFigures;
import ru.sferumworkflow.reports.UsageFigures.VerificationFigures;

/**
 * Counts a college's month from the domain tables (not from the engine's history, which is cleaned after its
 * time-to-live): each figure is a sum over rows whose moment falls within [from, to); «waiting» figures are as of
 * the moment of counting.
 */
@ApplicationScoped
public class UsageFiguresQuery {

    static final String NO_GROUP = "Без группы (общие чаты)";
    private static final Pattern PARAMETER = Pattern.compile("\\?([123])");

    private static final String INVITATIONS = """
            select i.ROLE, g.CODE,
              sum(case when r.SENT_AT >= ?1 and r.SENT_AT < ?2 then 1 else 0 end),
              sum(case when r.CLAIMED_AT >= ?1 and r.CLAIMED_AT < ?2 then 1 else 0 end),
              sum(case when r.STATUS = 'ACCEPTED' and r.DECIDED_AT >= ?1 and r.DECIDED_AT < ?2 then 1 else 0 end),
              sum(case when r.STATUS = 'REJECTED' and r.DECIDED_AT >= ?1 and r.DECIDED_AT < ?2 then 1 else 0 end),
              sum(case when r.STATUS in ('SENT', 'CLAIMED') then 1 else 0 end)
            from SFW_INVITATION_RECIPIENT r
              join SFW_INVITATION i on i.ID = r.INVITATION_ID
              join SFW_CHAT c on c.ID = i.CHAT_ID
              left join SFW_GROUP g on g.ID = c.GROUP_ID
            where i.COLLEGE_ID = ?3 and r.SENT_AT < ?2
            group by i.ROLE, g.CODE""";

    private static final String VERIFICATIONS = """
            select STATUS, STARTED_AT, coalesce(DECIDED_AT, STARTED_AT), PLATFORM_CONFIRMED_AT
            from SFW_TEACHER_VERIFICATION
            where COLLEGE_ID = ?3 and STARTED_AT < ?2""";

    private static final String REMOVALS = """
            select
              sum(case when DONE_AT >= ?1 and DONE_AT < ?2 then 1 else 0 end),
              sum(case when DONE_AT >= ?1 and DONE_AT < ?2 and ESCALATED_AT is not null then 1 else 0 end),
              sum(case when DONE_AT is null then 1 else 0 end)
            from SFW_CHAT_REMOVAL
            where COLLEGE_ID = ?3 and CREATED_AT < ?2""";

    private static final String MODERATION = """
            select
              sum(case when REPORTED_AT >= ?1 and REPORTED_AT < ?2 and OUTCOME <> 'REFUSED'
                and not (coalesce(COMPLAINT, false) and OUTCOME = 'RECORDED') then 1 else 0 end),
              sum(case when REMINDED_AT >= ?1 and REMINDED_AT < ?2 then 1 else 0 end),
              sum(case when RESTRICTED_AT >= ?1 and RESTRICTED_AT < ?2 then 1 else 0 end),
              sum(case when LIFTED_AT >= ?1 and LIFTED_AT < ?2 then 1 else 0 end),
              sum(case when REPORTED_AT >= ?1 and REPORTED_AT < ?2 and OUTCOME = 'REFUSED' then 1 else 0 end)
            from SFW_BREACH
            where COLLEGE_ID = ?3 and REPORTED_AT < ?2""";

    private static final String ANNULMENTS = """
            select count(distinct i.ID), sum(case when r.STATUS = 'DEAD' then 1 else 0 end)
            from SFW_INVITATION i left join SFW_INVITATION_RECIPIENT r on r.INVITATION_ID = i.ID
            where i.COLLEGE_ID = ?3 and i.ANNULLED_AT >= ?1 and i.ANNULLED_AT < ?2""";

    @Resource(lookup = ProcessEngineBootstrap.DATASOURCE)
    DataSource dataSource;

    public UsageFiguresQuery() {
    }

    UsageFiguresQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public UsageFigures count(String collegeId, OffsetDateTime from, OffsetDateTime to) {
        try (Connection connection = dataSource.getConnection()) {
            List<InvitationFigures> byRole = new ArrayList<>();
            Map<String, InvitationFigures> byGroup = new TreeMap<>();
            Map<MembershipRole, InvitationFigures> roles = new LinkedHashMap<>();
            for (Object[] row : rows(connection, INVITATIONS, collegeId, from, to)) {
                MembershipRole role = MembershipRole.valueOf((String) row[0]);
                String group = row[1] == null ? NO_GROUP : (String) row[1];
                InvitationFigures counted = new InvitationFigures(role.title(), number(row[2]), number(row[3]),
                        number(row[4]), number(row[5]), number(row[6]));
                if (counted.isEmpty()) {
                    continue;
                }
                roles.merge(role, counted, InvitationFigures::plus);
                byGroup.merge(group, new InvitationFigures(group, counted.invited(), counted.claimed(), counted.joined(),
                        counted.refused(), counted.pending()), InvitationFigures::plus);
            }
            for (MembershipRole role : List.of(MembershipRole.TEACHER, MembershipRole.STUDENT, MembershipRole.PARENT)) {
                byRole.add(roles.getOrDefault(role, new InvitationFigures(role.title(), 0, 0, 0, 0, 0)));
            }
            Object[] removals = rows(connection, REMOVALS, collegeId, from, to).get(0);
            Object[] moderation = rows(connection, MODERATION, collegeId, from, to).get(0);
            Object[] annulment = rows(connection, ANNULMENTS, collegeId, from, to).get(0);
            long done = number(removals[0]);
            long overdue = number(removals[1]);
            return new UsageFigures(byRole, List.copyOf(byGroup.values()),
                    verification(rows(connection, VERIFICATIONS, collegeId, from, to), from, to),
                    new RemovalFigures(done, done - overdue, overdue, number(removals[2])),
                    new ModerationFigures(number(moderation[0]), number(moderation[1]), number(moderation[2]),
                            number(moderation[3]), number(moderation[4])),
                    new AnnulmentFigures(number(annulment[0]), number(annulment[1])));
        } catch (SQLException e) {
            throw new IllegalStateException("Не удалось посчитать цифры отчёта: " + e.getMessage(), e);
        }
    }

    private static VerificationFigures verification(List<Object[]> rows, OffsetDateTime from, OffsetDateTime to) {
        long started = 0;
        long verified = 0;
        long refused = 0;
        long pending = 0;
        List<Duration> times = new ArrayList<>();
        for (Object[] row : rows) {
            String status = (String) row[0];
            OffsetDateTime startedAt = (OffsetDateTime) row[1];
            OffsetDateTime decidedAt = (OffsetDateTime) row[2];
            OffsetDateTime confirmedAt = (OffsetDateTime) row[3];
            if (within(startedAt, from, to)) {
                started++;
            }
            if (within(confirmedAt, from, to)) {
                verified++;
                times.add(Duration.between(startedAt, confirmedAt));
            }
            if ((status.equals("REFUSED") || status.equals("REJECTED")) && within(decidedAt, from, to)) {
                refused++;
            }
            if (status.equals("CHECKING") || status.equals("REVIEW") || status.equals("CONFIRMED")) {
                pending++;
            }
        }
        Double average = times.isEmpty() ? null
                : days(times.stream().mapToLong(Duration::toSeconds).sum() / times.size());
        Double worst = times.isEmpty() ? null : days(times.stream().mapToLong(Duration::toSeconds).max().orElseThrow());
        return new VerificationFigures(started, verified, refused, pending, average, worst);
    }

    /**
     * Runs one of the statements above: ?1 is the start of the period, ?2 its end, ?3 the college. Moments come back
     * as OffsetDateTime (both H2 and PostgreSQL give TIMESTAMP WITH TIME ZONE so), numbers as Long.
     */
    private static List<Object[]> rows(Connection connection, String sql, String collegeId, OffsetDateTime from,
            OffsetDateTime to) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(sql);
        while (parameter.find()) {
            values.add(switch (parameter.group(1)) {
                case "1" -> from;
                case "2" -> to;
                default -> collegeId;
            });
        }
        try (PreparedStatement statement = connection.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Object[] row = new Object[columns.getColumnCount()];
                    for (int i = 0; i < row.length; i++) {
                        int type = columns.getColumnType(i + 1);
                        row[i] = type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIMESTAMP
                                ? result.getObject(i + 1, OffsetDateTime.class) : result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static boolean within(OffsetDateTime moment, OffsetDateTime from, OffsetDateTime to) {
        return moment != null && !moment.isBefore(from) && moment.isBefore(to);
    }

    /** Days with one decimal, from seconds. */
    private static double days(long seconds) {
        return Math.round(seconds / 8640.0) / 10.0;
    }

    /** Sums and counts come back as Long (BIGINT), and as null over no rows. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
