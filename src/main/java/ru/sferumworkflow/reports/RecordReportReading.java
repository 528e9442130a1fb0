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
 * The end of «Ознакомиться с отчётом»: the director has read it, or sends it back to the administrators with
 * questions (which are required then, and go into the discussion both forms show).
 */
@Dependent
@Named("recordReportReading")
public class RecordReportReading implements ExecutionListener {

    @Inject
    JpaUsageReports reports;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean read = FormDecision.choice(execution.getVariable(ReportVariables.DIRECTOR_DECISION), "read",
                "questions", "Выберите: отчёт прочитан или есть вопросы к администратору.");
        String questions = FormDecision.note(execution.getVariable(ReportVariables.QUESTIONS), !read,
                "Напишите вопросы администратору: они придут ему задачей.");
        String director = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        UsageReport report = reports.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        execution.setVariable(ReportVariables.HAS_QUESTIONS, !read);
        if (read) {
            report.read(director, Clock.now());
            audit.record(execution.getTenantId(), director, "USAGE_REPORT_READ", null, "USAGE_REPORT", report.id(),
                    "Директор ознакомился с отчётом");
        } else {
            report.questioned();
            reports.addNote(new UsageReportNote(report.id(), UsageReportNote.QUESTION, director, Clock.now(), questions));
            ReportDiscussion.show(execution, reports.notes(report.id()));
            audit.record(execution.getTenantId(), director, "USAGE_REPORT_QUESTIONED", null, "USAGE_REPORT",
                    report.id(), "Директор вернул отчёт администраторам с вопросами");
        }
    }
}
