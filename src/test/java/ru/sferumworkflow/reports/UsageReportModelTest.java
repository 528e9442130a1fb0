package ru.sferumworkflow.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.ModelTasks;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * The models of the monthly report without a container: the schedule fires on each month's first working day
 * (holidays skipped) and starts the reports; the director reads the report, or sends it back with questions
 * until answered. What the steps count and keep is shown over HTTP in {@code UsageReportIT}.
 */
@Deployment(resources = {"processes/reports/usage-report.bpmn", "processes/reports/usage-report-start.form",
        "processes/reports/read-usage-report.form", "processes/reports/answer-report-questions.form"})
class UsageReportModelTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final List<String> LOG = new ArrayList<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("usage-report-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("usageReportSchedule", new UsageReportSchedule(new WorkingDays()));
        beans.put("startCollegeReports", (JavaDelegate) execution -> LOG.add("startCollegeReports"));
        beans.put("openUsageReport", new OpenUsageReport());
        beans.put("composeUsageReport", (JavaDelegate) execution -> {
            LOG.add("composeUsageReport " + execution.getVariable(ReportVariables.MONTH));
            execution.setVariable(ReportVariables.REPORT_ID, "report-1");
        });
        beans.put("recordReportReading", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                execution.setVariable(ReportVariables.HAS_QUESTIONS,
                        "questions".equals(execution.getVariable(ReportVariables.DIRECTOR_DECISION)));
            }
        });
        beans.put("recordReportAnswer", (ExecutionListener) execution -> LOG.add("recordReportAnswer"));
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        return beans;
    }

    @BeforeEach
    void clear() {
        LOG.clear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theScheduleFiresOnEachMonthsFirstWorkingDayAndStartsTheReports() {
        ClockUtil.setCurrentTime(moscow(2026, 11, 29, 12));
        String deployment = Engine.INSTANCE.getRepositoryService().createDeployment()
                .addClasspathResource("processes/reports/usage-report-schedule.bpmn").deploy().getId();
        try {
            Job timer = timer();
            assertThat(timer.getDuedate()).isEqualTo(moscow(2026, 12, 1, 9));

            ClockUtil.setCurrentTime(timer.getDuedate());
            Engine.INSTANCE.getManagementService().executeJob(timer.getId());
            assertThat(LOG).containsExactly("startCollegeReports");
            // 1–8 January are public holidays and the 9th and 10th of 2027 a weekend: the 11th is the first working day.
            assertThat(timer().getDuedate()).isEqualTo(moscow(2027, 1, 11, 9));
        } finally {
            Engine.INSTANCE.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void theDirectorReadsTheReport() {
        ProcessInstance instance = start("2026-10");
        assertThat(Engine.INSTANCE.getRuntimeService().getVariable(instance.getId(), ReportVariables.TITLE))
                .isEqualTo("Отчёт об использовании платформы за октябрь 2026");
        runAsyncStep(instance);
        assertThat(LOG).containsExactly("composeUsageReport 2026-10");
        Task reading = only(instance);
        assertThat(reading.getName()).isEqualTo("Ознакомиться с отчётом об использовании платформы");
        assertThat(groups(reading)).containsExactly("director");
        complete(reading, Map.of(ReportVariables.DIRECTOR_DECISION, "read"));
        assertEndedAt(instance, "reportRead");
    }

    @Test
    void questionsGoToTheAdministratorsAndTheAnswerBackToTheDirector() {
        ProcessInstance instance = start("2026-10");
        runAsyncStep(instance);
        complete(only(instance), Map.of(ReportVariables.DIRECTOR_DECISION, "questions",
                ReportVariables.QUESTIONS, "Почему 12 ссылок аннулированы?"));
        Task answer = only(instance);
        assertThat(answer.getName()).isEqualTo("Ответить на вопросы директора по отчёту");
        assertThat(groups(answer)).containsExactly("administrators");
        complete(answer, Map.of(ReportVariables.ANSWER, "Родители не перешли по ссылкам до конца срока."));
        Task again = only(instance);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("readReport");
        complete(again, Map.of(ReportVariables.DIRECTOR_DECISION, "read"));
        assertThat(LOG).containsExactly("composeUsageReport 2026-10", "recordReportAnswer");
        assertEndedAt(instance, "reportRead");
    }

    @Test
    void aMalformedOrFutureMonthStartsNothing() {
        assertThatThrownBy(() -> start("10.2026")).hasMessageContaining("Укажите месяц в виде ГГГГ-ММ");
        assertThatThrownBy(() -> start("2099-01")).hasMessageContaining("за прошедший или текущий месяц");
        assertThat(Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    private static Date moscow(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, MOSCOW).toInstant());
    }

    private static Job timer() {
        return Engine.INSTANCE.getManagementService().createJobQuery().timers()
                .processDefinitionKey(ReportVariables.SCHEDULE_PROCESS).singleResult();
    }

    private static ProcessInstance start(String month) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(ReportVariables.REPORT_PROCESS,
                Map.of(ReportVariables.MONTH, month));
    }

    private static void runAsyncStep(ProcessInstance instance) {
        ModelTasks.runJob(Engine.INSTANCE, instance);
    }

    private static Task only(ProcessInstance instance) {
        return ModelTasks.only(Engine.INSTANCE, instance);
    }

    private static void complete(Task task, Map<String, Object> values) {
        ModelTasks.complete(Engine.INSTANCE, task, values);
    }

    private static List<String> groups(Task task) {
        return ModelTasks.groups(Engine.INSTANCE, task);
    }

    private static void assertEndedAt(ProcessInstance instance, String endEvent) {
        assertThat(ModelTasks.endedAt(Engine.INSTANCE, instance)).isEqualTo(endEvent);
    }
}
