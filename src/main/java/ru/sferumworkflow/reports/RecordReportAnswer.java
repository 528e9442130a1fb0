package ru.sferumworkflow.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;

/**
 * The end of «Ответить на вопросы директора»: the answer (required) is kept with the report and shown in the
 * discussion, and the director's previous choice and questions are cleared so that the next reading starts from an
 * empty form.
 */
@Dependent
@Named("recordReportAnswer")
public class RecordReportAnswer implements ExecutionListener {

    @Inject
    JpaUsageReports reports;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String answer = FormDecision.note(execution.getVariable(ReportVariables.ANSWER), true,
                "Напишите ответ на вопросы директора.");
        String administrator = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        UsageReport report = reports.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        reports.addNote(new UsageReportNote(report.id(), UsageReportNote.ANSWER, administrator, Clock.now(), answer));
        ReportDiscussion.show(execution, reports.notes(report.id()));
        execution.removeVariable(ReportVariables.DIRECTOR_DECISION);
        execution.removeVariable(ReportVariables.QUESTIONS);
        execution.removeVariable(ReportVariables.ANSWER);
        audit.record(execution.getTenantId(), administrator, "USAGE_REPORT_ANSWERED", null, "USAGE_REPORT", report.id(),
                "Администратор ответил на вопросы директора по отчёту");
    }
}
