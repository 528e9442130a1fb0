package ru.sferumworkflow.reports;

import java.time.OffsetDateTime;
import java.time.YearMonth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;

/** «Составить отчёт»: counts the month from the domain tables and keeps the figures with the report. */
@Dependent
@Named("composeUsageReport")
public class ComposeUsageReport implements JavaDelegate {

    @Inject
    UsageFiguresQuery figures;

    @Inject
    JpaUsageReports reports;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable(ReportVariables.MONTH));
        String college = execution.getTenantId();
        OffsetDateTime from = ReportMonth.start(month);
        OffsetDateTime to = ReportMonth.end(month);
        UsageReport report = new UsageReport(college, execution.getProcessInstanceId(), month, from, to, Clock.now(),
                figures.count(college, from, to));
        reports.add(report);
        execution.setVariable(ReportVariables.REPORT_ID, report.id());
        audit.record(college, null, "USAGE_REPORT_MADE", null, "USAGE_REPORT", report.id(),
                "Составлен отчёт об использовании платформы за " + ReportMonth.name(month));
    }
}
