package ru.sferumworkflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.sferumworkflow.invitation.InvitationVariables;
import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.platform.mail.MailSettings;

/**
 * The model of «Подтверждение статуса «учитель»» without a container, with the real decision table: each of its rows
 * leads where it should (confirmation on the platform, a review, a refusal); a review confirms or refuses; a late
 * review goes to the director. The steps are stand-ins that log what they were asked to do; what they do is shown
 * over HTTP in {@code VerificationIT}.
 */
@Deployment(resources = {"processes/verification/teacher-verification.bpmn", "processes/verification/teacher-status.dmn",
        "processes/verification/teacher-verification-start.form", "processes/verification/review-teacher-status.form",
        "processes/verification/confirm-status-on-platform.form"})
class TeacherVerificationModelTest {

    static final List<String> LOG = new ArrayList<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("verification-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("openVerification", (ExecutionListener) execution -> LOG.add("open"));
        beans.put("checkAgainstRoster", (JavaDelegate) execution -> {
            // The facts come with the start, as the test wants them.
            String[] facts = ((String) execution.getVariable("stubFacts")).split(",");
            execution.setVariables(new StatusRule(Boolean.parseBoolean(facts[0]), Boolean.parseBoolean(facts[1]),
                    Boolean.parseBoolean(facts[2]), Boolean.parseBoolean(facts[3])).variables());
        });
        beans.put("recordStatusRule", (ExecutionListener) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> rule = (Map<String, Object>) execution.getVariable(VerificationVariables.STATUS_RULE);
            LOG.add("rule " + rule.get("outcome"));
        });
        beans.put("describeVerification", (ExecutionListener) execution -> { });
        beans.put("recordStatusReview", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                boolean confirmed = "confirm".equals(execution.getVariable(VerificationVariables.DECISION));
                execution.setVariable(VerificationVariables.CONFIRMED, confirmed);
                LOG.add(confirmed ? "confirmed" : "refused");
            }
        });
        beans.put("markReviewOverdue", (ExecutionListener) execution -> LOG.add("overdue"));
        beans.put("recordPlatformConfirmation", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                LOG.add("on platform");
            }
        });
        beans.put("sendVerificationOutcome", (JavaDelegate) execution -> LOG.add("letter"));
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("mailSettings", new MailSettings());
        return beans;
    }

    @BeforeEach
    void clear() {
        LOG.clear();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'false,false,false,false', REJECT, ''",
            "'true,false,true,true',    REJECT, ''",
            "'true,true,false,true',    REVIEW, reviewStatus",
            "'true,true,true,false',    REVIEW, reviewStatus",
            "'true,true,true,true',     CONFIRM, confirmOnPlatform"
    })
    void eachRowOfTheTableLeadsWhereItShould(String facts, String outcome, String firstTask) {
        ProcessInstance instance = start(facts);
        assertThat(LOG).containsExactly("open", "rule " + outcome);
        if (firstTask.isEmpty()) {
            // A refusal by the table goes straight to the letter.
            run(instance, "notifyOutcome");
            assertThat(LOG).endsWith("letter");
            assertEnded(instance);
        } else {
            assertThat(tasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly(firstTask);
            assertThat(candidateGroups(task(instance, firstTask))).containsExactly("administrators");
            assertThat(task(instance, firstTask).getDueDate()).isNotNull();
        }
    }

    @Test
    void anAutomaticConfirmationIsThenConfirmedOnThePlatformAndTold() {
        ProcessInstance instance = start("true,true,true,true");
        complete(task(instance, "confirmOnPlatform"), Map.of(VerificationVariables.CONFIRMED_ON_PLATFORM, true));
        run(instance, "notifyOutcome");
        assertThat(LOG).containsExactly("open", "rule CONFIRM", "on platform", "letter");
        assertEnded(instance);
    }

    @Test
    void aReviewThatConfirmsGoesOnToThePlatform() {
        ProcessInstance instance = start("true,true,false,true");
        complete(task(instance, "reviewStatus"), Map.of(VerificationVariables.DECISION, "confirm"));
        assertThat(tasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly("confirmOnPlatform");
        complete(task(instance, "confirmOnPlatform"), Map.of(VerificationVariables.CONFIRMED_ON_PLATFORM, true));
        run(instance, "notifyOutcome");
        assertThat(LOG).containsExactly("open", "rule REVIEW", "confirmed", "on platform", "letter");
        assertEnded(instance);
    }

    @Test
    void aReviewThatRefusesIsToldWithoutAPlatformStep() {
        ProcessInstance instance = start("true,true,true,false");
        complete(task(instance, "reviewStatus"), Map.of(VerificationVariables.DECISION, "refuse",
                VerificationVariables.REASON, "Не работает у нас"));
        run(instance, "notifyOutcome");
        assertThat(LOG).containsExactly("open", "rule REVIEW", "refused", "letter");
        assertEnded(instance);
    }

    @Test
    void aReviewLeftForTwoWorkingDaysGoesToTheDirector() {
        ProcessInstance instance = start("true,true,true,false");
        Job timer = Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("reviewOverdue").singleResult();
        // The same two working days as the task's due date (each reads the clock once, a moment apart).
        assertThat(timer.getDuedate()).isCloseTo(task(instance, "reviewStatus").getDueDate(), 60_000);
        run(instance, "reviewOverdue");
        Task escalated = task(instance, "reviewStatusEscalated");
        assertThat(tasks(instance)).containsExactly(escalated);
        assertThat(candidateGroups(escalated)).containsExactly("director");
        complete(escalated, Map.of(VerificationVariables.DECISION, "confirm"));
        complete(task(instance, "confirmOnPlatform"), Map.of(VerificationVariables.CONFIRMED_ON_PLATFORM, true));
        run(instance, "notifyOutcome");
        assertThat(LOG).containsExactly("open", "rule REVIEW", "overdue", "confirmed", "on platform", "letter");
    }

    @Test
    void anAcceptedTeachersJoinRequestStartsItByMessage() {
        ProcessInstance instance = Engine.INSTANCE.getRuntimeService()
                .createMessageCorrelation(InvitationVariables.TEACHER_JOINED)
                .setVariables(Map.of("stubFacts", "true,true,true,true", VerificationVariables.RECIPIENT_ID, "r1"))
                .correlateStartMessage();
        // The check runs after the join request's transaction, never inside it.
        assertThat(tasks(instance)).isEmpty();
        run(instance, "teacherJoined");
        assertThat(tasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly("confirmOnPlatform");
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("teacherJoined").count()).isEqualTo(1);
    }

    private static ProcessInstance start(String facts) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(VerificationVariables.PROCESS,
                Map.of("stubFacts", facts));
    }

    private static Task task(ProcessInstance instance, String key) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult();
    }

    private static List<Task> tasks(ProcessInstance instance) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    }

    private static List<String> candidateGroups(Task task) {
        return Engine.INSTANCE.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private static void complete(Task task, Map<String, Object> values) {
        assertThat(task).isNotNull();
        Engine.INSTANCE.getTaskService().complete(task.getId(), values);
    }

    private static void run(ProcessInstance instance, String activityId) {
        List<Job> jobs = Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
        assertThat(jobs).as("jobs of " + activityId).hasSize(1);
        Engine.INSTANCE.getManagementService().executeJob(jobs.get(0).getId());
    }

    private static void assertEnded(ProcessInstance instance) {
        assertThat(Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
    }
}
