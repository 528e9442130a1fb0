package ru.sferumworkflow.reports;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The usage reports in SFW_USAGE_REPORT, their questions and answers, and the schedule's starts. */
@ApplicationScoped
public class JpaUsageReports {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void add(UsageReport report) {
        em.persist(report);
    }

    public Optional<UsageReport> find(String collegeId, String id) {
        return Optional.ofNullable(em.find(UsageReport.class, id)).filter(report -> report.collegeId().equals(collegeId));
    }

    public Optional<UsageReport> ofProcess(String processInstanceId) {
        return em.createQuery("select r from UsageReport r where r.processInstanceId = :instance", UsageReport.class)
                .setParameter("instance", processInstanceId).getResultStream().findFirst();
    }

    /** The college's reports, the newest month first. */
    public List<UsageReport> all(String collegeId) {
        return em.createQuery("select r from UsageReport r where r.collegeId = :college"
                        + " order by r.month desc, r.madeAt desc", UsageReport.class)
                .setParameter("college", collegeId).setMaxResults(240).getResultList();
    }

    public void addNote(UsageReportNote note) {
        em.persist(note);
    }

    /** The questions and answers about a report, oldest first. */
    public List<UsageReportNote> notes(String reportId) {
        return em.createQuery("select n from UsageReportNote n where n.reportId = :report order by n.writtenAt",
                UsageReportNote.class).setParameter("report", reportId).getResultList();
    }

    /** Whether the schedule has already started the report of that college and month. */
    public boolean scheduled(String collegeId, YearMonth month) {
        return ((Number) em.createNativeQuery("select count(*) from SFW_USAGE_REPORT_START"
                        + " where COLLEGE_ID = ?1 and REPORT_MONTH = ?2")
                .setParameter(1, collegeId).setParameter(2, month.toString()).getSingleResult()).longValue() > 0;
    }

    /**
     * Writes down the schedule's start of that college and month. The key of the row makes a second start in a
     * concurrent transaction fail (its job is retried and then finds this row) instead of making a second report.
     */
    public void recordScheduledStart(String collegeId, YearMonth month, String processInstanceId, OffsetDateTime at) {
        em.createNativeQuery("insert into SFW_USAGE_REPORT_START (COLLEGE_ID, REPORT_MONTH, PROCESS_INSTANCE_ID,"
                        + " STARTED_AT) values (?1, ?2, ?3, ?4)")
                .setParameter(1, collegeId).setParameter(2, month.toString()).setParameter(3, processInstanceId)
                .setParameter(4, at).executeUpdate();
    }
}
