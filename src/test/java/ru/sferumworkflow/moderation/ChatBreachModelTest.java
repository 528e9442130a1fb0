package ru.sferumworkflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.platform.mail.MailSettings;

/**
 * The model of «Нарушение правил чата» on each path, without a container: a first breach is a reminder; a repeated
 * one a restriction that lifts when its term ends, or earlier when an appeal is granted, or at the term's end when
 * the appeal is refused or not decided in time. The steps are stand-ins that log what they were asked to do; what
 * they do is shown over HTTP in {@code ModerationIT}.
 */
@Deployment(resources = {"processes/moderation/chat-breach.bpmn", "processes/moderation/breach-report.form",
        "processes/moderation/review-complaint.form",
        "processes/moderation/remind-rules.form", "processes/moderation/restrict-member.form",
        "processes/moderation/review-appeal.form", "processes/moderation/lift-restriction.form"})
class ChatBreachModelTest {

    static final List<String> LOG = new ArrayList<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("breach-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("recordBreach", (ExecutionListener) execution -> {
            LOG.add("breach");
            execution.setVariable(BreachVariables.CHAT_ID, "c1");
            execution.setVariable(BreachVariables.REPEATED, execution.getVariable("stubRepeated"));
            execution.setVariable(BreachVariables.COMPLAINT, execution.getVariable("stubComplaint"));
        });
        beans.put("routeChatTask", (TaskListener) task -> task.setAssignee("moderator"));
        beans.put("routeComplaintReview", (TaskListener) task -> task.setAssignee("moderator"));
        beans.put("recordRestriction", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                LOG.add("restricted");
                execution.setVariable(BreachVariables.RESTRICTED_UNTIL, Date.from(Instant.now().plus(7, ChronoUnit.DAYS)));
            }
        });
        beans.put("reviewComplaint", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                LOG.add("reviewComplaint");
                // As the real step: a confirmed complaint is repeated when the member breached before.
                execution.setVariable(BreachVariables.REPEATED, "confirm".equals(execution.getVariable(
                        BreachVariables.COMPLAINT_DECISION)) && Boolean.TRUE.equals(execution.getVariable("stubRepeated")));
            }
        });
        for (String listener : List.of("recordReminder", "recordAppealDecision", "recordLift")) {
            beans.put(listener, (ExecutionListener) execution -> {
                if (!execution.isCanceled()) {
                    LOG.add(listener);
                }
            });
        }
        for (String delegate : List.of("sendRestrictionNotice", "sendAppealDecision")) {
            beans.put(delegate, (JavaDelegate) execution -> LOG.add(delegate));
        }
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("mailSettings", new MailSettings());
        return beans;
    }

    @BeforeEach
    void clear() {
        LOG.clear();
    }

    @Test
    void aFirstBreachIsAReminderOfTheRules() {
        ProcessInstance instance = start(false);
        Task remind = task(instance, "remindRules");
        assertThat(remind.getAssignee()).isEqualTo("moderator");
        complete(remind, Map.of(BreachVariables.REMINDED, true));
        assertThat(LOG).containsExactly("breach", "recordReminder");
        assertEnded(instance);
    }

    @Test
    void aMembersComplaintGoesToTheModeratorFirstAndARefusedOneEndsThere() {
        ProcessInstance refused = start(false, true);
        Task review = task(refused, "reviewComplaint");
        assertThat(review.getAssignee()).isEqualTo("moderator");
        complete(review, Map.of(BreachVariables.COMPLAINT_DECISION, "refuse", BreachVariables.COMPLAINT_NOTE, "Шутка"));
        assertEnded(refused);
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(refused.getId()).activityId("complaintRefused").count()).isEqualTo(1);

        ProcessInstance confirmed = start(false, true);
        complete(task(confirmed, "reviewComplaint"), Map.of(BreachVariables.COMPLAINT_DECISION, "confirm"));
        assertThat(tasks(confirmed)).extracting(Task::getTaskDefinitionKey).containsExactly("remindRules");

        // A confirmed complaint about someone who breached before is a repeated breach: a restriction.
        ProcessInstance repeated = start(true, true);
        assertThat(tasks(repeated)).extracting(Task::getTaskDefinitionKey).containsExactly("reviewComplaint");
        complete(task(repeated, "reviewComplaint"), Map.of(BreachVariables.COMPLAINT_DECISION, "confirm"));
        assertThat(tasks(repeated)).extracting(Task::getTaskDefinitionKey).containsExactly("restrictMember");
    }

    @Test
    void aRepeatedBreachIsARestrictionThatLiftsWhenItsTermEnds() {
        ProcessInstance instance = restricted();
        run(instance, "termEnds");
        complete(task(instance, "liftRestriction"), Map.of(BreachVariables.LIFTED, true));
        assertThat(LOG).containsExactly("breach", "restricted", "sendRestrictionNotice", "recordLift");
        assertEnded(instance);
    }

    @Test
    void aGrantedAppealLiftsTheRestrictionBeforeItsTerm() {
        ProcessInstance instance = restricted();
        appeal(instance);
        Task review = task(instance, "reviewAppeal");
        assertThat(Engine.INSTANCE.getTaskService().getIdentityLinksForTask(review.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("administration"));
        complete(review, Map.of(BreachVariables.APPEAL_DECISION, "lift"));
        run(instance, "notifyAppealDecision");
        complete(task(instance, "liftRestriction"), Map.of(BreachVariables.LIFTED, true));
        assertThat(LOG).containsExactly("breach", "restricted", "sendRestrictionNotice", "recordAppealDecision",
                "sendAppealDecision", "recordLift");
        assertEnded(instance);
    }

    @Test
    void aRefusedAppealKeepsTheRestrictionUntilItsTerm() {
        ProcessInstance instance = restricted();
        appeal(instance);
        complete(task(instance, "reviewAppeal"), Map.of(BreachVariables.APPEAL_DECISION, "uphold",
                BreachVariables.APPEAL_NOTE, "Нарушение подтверждено скриншотом"));
        run(instance, "notifyAppealDecision");
        assertThat(tasks(instance)).isEmpty();
        run(instance, "termEndsAfterUphold");
        complete(task(instance, "liftRestriction"), Map.of(BreachVariables.LIFTED, true));
        assertEnded(instance);
    }

    @Test
    void theTermEndingWhileTheAppealWaitsLiftsTheRestrictionAnyway() {
        ProcessInstance instance = restricted();
        appeal(instance);
        run(instance, "termEndsDuringReview");
        // The member is told that the term ended before a decision, then the moderator lifts the restriction.
        run(instance, "notifyAppealExpired");
        assertThat(tasks(instance)).extracting(Task::getTaskDefinitionKey).containsExactly("liftRestriction");
        assertThat(LOG).doesNotContain("recordAppealDecision").endsWith("sendAppealDecision");
    }

    private static ProcessInstance restricted() {
        ProcessInstance instance = start(true);
        complete(task(instance, "restrictMember"), Map.of(BreachVariables.DAYS, 7, BreachVariables.RESTRICTED, true));
        run(instance, "notifyRestriction");
        return instance;
    }

    private static ProcessInstance start(boolean repeated) {
        return start(repeated, false);
    }

    private static ProcessInstance start(boolean repeated, boolean complaint) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(BreachVariables.PROCESS,
                Map.of("stubRepeated", repeated, "stubComplaint", complaint));
    }

    private static void appeal(ProcessInstance instance) {
        Engine.INSTANCE.getRuntimeService().createMessageCorrelation(BreachVariables.APPEALED)
                .processInstanceId(instance.getId()).setVariable(BreachVariables.APPEAL_TEXT, "Я не нарушал")
                .correlateWithResult();
    }

    private static Task task(ProcessInstance instance, String key) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).singleResult();
    }

    private static List<Task> tasks(ProcessInstance instance) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
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
