package ru.sferumworkflow.reports;

import java.time.YearMonth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** The start of a report: the month checked and normalised, and the title every form shows. */
@Dependent
@Named("openUsageReport")
public class OpenUsageReport implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        YearMonth month = ReportMonth.parse(execution.getVariable(ReportVariables.MONTH));
        execution.setVariable(ReportVariables.MONTH, month.toString());
        execution.setVariable(ReportVariables.TITLE, "Отчёт об использовании платформы за " + ReportMonth.name(month));
    }
}
