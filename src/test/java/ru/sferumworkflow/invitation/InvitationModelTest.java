package ru.sferumworkflow.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.TestProcessEngine;

/**
 * The model of «Приглашение» on each of its paths, without a container: the steps are stand-ins that count what
 * they are asked to do, so the test shows which steps run, in which order, and which tasks wait for whom. What
 * the steps themselves do (tokens, mail, the join page, the roster) is tested over HTTP in {@link InvitationIT}.
 */
@Deployment(resources = {"processes/invitation/invitation.bpmn", "processes/invitation/invitation-start.form",
        "processes/invitation/join-request-decision.form", "processes/invitation/annul-invitation-link.form"})
class InvitationModelTest {

    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("invitation-model-test",
                NoOpInvitationSteps.beans(CALLS));
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    @BeforeEach
    void clear() {
        CALLS.clear();
    }

    @Test
    void everyoneClaimsTheIssuerDecidesAndTheLinkIsAnnulled() {
        ProcessInstance instance = start(2);
        runJobsOf(instance, "sendPersonalLink");
        // One job per letter: a refused letter is retried alone, the others stay sent.
        assertThat(calls("sendInvitationMail")).isEqualTo(2);
        assertThat(active(instance)).contains("waitForClaims");

        claim(instance, "r1");
        claim(instance, "r2");
        List<Task> decisions = tasks(instance, "acceptJoin");
        assertThat(decisions).hasSize(2).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo("issuer"));
        decisions.forEach(task -> Engine.INSTANCE.getTaskService().complete(task.getId(), Map.of("joinAccepted", "yes")));
        assertThat(calls("recordJoinDecision")).isEqualTo(2);

        correlate(instance, InvitationVariables.ALL_CLAIMED);
        assertThat(calls("closeInvitation")).isEqualTo(1);
        Task annul = tasks(instance, "annulLink").get(0);
        assertThat(Engine.INSTANCE.getTaskService().getIdentityLinksForTask(annul.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("administrators"));
        Engine.INSTANCE.getTaskService().complete(annul.getId(), Map.of("linkAnnulled", true));
        assertThat(calls("recordAnnulment")).isEqualTo(1);
        assertEnded(instance);
    }

    @Test
    void aReminderThenTheExpiryEndTheLinksWhileAClaimStillWaitsForItsDecision() {
        ProcessInstance instance = start(2);
        runJobsOf(instance, "sendPersonalLink");
        claim(instance, "r1");

        runJobsOf(instance, "reminderDue");
        runJobsOf(instance, "remindRecipients");
        // One job per recipient: each reminder stands or is retried on its own.
        assertThat(calls("sendInvitationReminder")).isEqualTo(2);
        assertThat(active(instance)).contains("waitForClaims");

        runJobsOf(instance, "expired");
        assertThat(calls("closeInvitation")).isEqualTo(1);
        assertThat(active(instance)).contains("annulLink", "acceptJoin").doesNotContain("waitForClaims");
        Engine.INSTANCE.getTaskService().complete(tasks(instance, "annulLink").get(0).getId(), Map.of("linkAnnulled", true));
        assertThat(active(instance)).containsExactly("acceptJoin");
        Engine.INSTANCE.getTaskService().complete(tasks(instance, "acceptJoin").get(0).getId(), Map.of("joinAccepted", "yes"));
        assertEnded(instance);
    }

    @Test
    void aRevocationWhileLettersAreStillBeingSentStopsTheRestAndGoesToAnnulment() {
        ProcessInstance instance = start(3);
        // The body's job creates one job per letter; one letter goes, two wait.
        Engine.INSTANCE.getManagementService().executeJob(jobsOf(instance, "sendPersonalLink").get(0).getId());
        List<Job> letters = jobsOf(instance, "sendPersonalLink");
        assertThat(letters).hasSize(3);
        Engine.INSTANCE.getManagementService().executeJob(letters.get(0).getId());

        correlate(instance, InvitationVariables.REVOKED);
        assertThat(jobsOf(instance, "sendPersonalLink")).isEmpty();
        assertThat(calls("sendInvitationMail")).isEqualTo(1);
        assertThat(jobsOf(instance, "reminderDue")).isEmpty();
        assertThat(active(instance)).containsExactly("annulLink");
    }

    private static ProcessInstance start(int recipients) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(InvitationVariables.PROCESS,
                Map.of("stubRecipients", recipients));
    }

    private static void claim(ProcessInstance instance, String recipientId) {
        Engine.INSTANCE.getRuntimeService().createMessageCorrelation(InvitationVariables.CLAIMED)
                .processInstanceId(instance.getId())
                .setVariableLocal(InvitationVariables.RECIPIENT_ID, recipientId)
                .correlateWithResult();
    }

    private static void correlate(ProcessInstance instance, String message) {
        Engine.INSTANCE.getRuntimeService().createMessageCorrelation(message).processInstanceId(instance.getId())
                .correlateWithResult();
    }

    /** The activity's jobs, its multi-instance body's included. */
    private static List<Job> jobsOf(ProcessInstance instance, String activityId) {
        List<Job> jobs = new ArrayList<>();
        for (String id : List.of(activityId + "#multiInstanceBody", activityId)) {
            jobs.addAll(Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .activityId(id).list());
        }
        return jobs;
    }

    /** Runs the activity's jobs, and the jobs they create for it (a multi-instance body, then each letter). */
    private static void runJobsOf(ProcessInstance instance, String activityId) {
        List<Job> jobs = jobsOf(instance, activityId);
        assertThat(jobs).as("jobs of " + activityId).isNotEmpty();
        while (!jobs.isEmpty()) {
            jobs.forEach(job -> Engine.INSTANCE.getManagementService().executeJob(job.getId()));
            jobs = jobsOf(instance, activityId);
        }
    }

    private static List<Task> tasks(ProcessInstance instance, String activityId) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).list();
    }

    private static List<String> active(ProcessInstance instance) {
        return Engine.INSTANCE.getRuntimeService().getActiveActivityIds(instance.getId());
    }

    private static void assertEnded(ProcessInstance instance) {
        assertThat(Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }

    private static int calls(String bean) {
        return CALLS.getOrDefault(bean, new AtomicInteger()).get();
    }
}
