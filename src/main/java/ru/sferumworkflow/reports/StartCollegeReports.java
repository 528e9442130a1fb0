package ru.sferumworkflow.reports;

import java.time.YearMonth;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;

/**
 * The schedule's step: one «Отчёт об использовании платформы» for the month before, for every college this
 * deployment serves (each is a tenant). Each start is written down under the key (college, month) in the same
 * transaction, so that a repeated or concurrent run (another node, a timer fired again) never makes a second report
 * of the same month.
 */
@Dependent
@Named("startCollegeReports")
public class StartCollegeReports implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(StartCollegeReports.class.getName());

    @Inject
    JpaUsageReports reports;

    @Override
    public void execute(DelegateExecution execution) {
        YearMonth month = YearMonth.from(Clock.today()).minusMonths(1);
        ProcessEngineServices engine = execution.getProcessEngineServices();
        for (Tenant college : engine.getIdentityService().createTenantQuery().list()) {
            if (reports.scheduled(college.getId(), month)) {
                LOG.info("Отчёт за " + month + " для " + college.getId() + " уже начат: второй не начинается.");
                continue;
            }
            ProcessInstance started = engine.getRuntimeService().startProcessInstanceByKey(
                    ReportVariables.REPORT_PROCESS, businessKey(college.getId(), month),
                    Map.of(CollegeTenantIdProvider.COLLEGE_VARIABLE, college.getId(), ReportVariables.MONTH,
                            month.toString()));
            reports.recordScheduledStart(college.getId(), month, started.getId(), Clock.now());
        }
    }

    static String businessKey(String collegeId, YearMonth month) {
        return "usage-report:" + collegeId + ":" + month;
    }
}
