package ru.sferumworkflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
 * The model of «Удаление из чатов» on each of its paths, without a container: which tasks appear, for whom, in which
 * order, and what happens when a moderator is late. Who leaves which chat is {@link RemovalPlannerTest}; the steps
 * themselves over HTTP are {@code RemovalIT}.
 */
@Deployment(resources = {"processes/removal/member-removal.bpmn", "processes/removal/member-removal-task.form",
        "processes/removal/appoint-chat-moderator.form", "processes/removal/transfer-invitation.form"})
class MemberRemovalModelTest {

    static final StubRemovalSteps STEPS = new StubRemovalSteps();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("removal-model-test", STEPS.beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    @BeforeEach
    void clear() {
        STEPS.log.clear();
    }

    @Test
    void oneTaskPerChatForItsModeratorAndTheSummaryWhenAllAreConfirmed() {
        ProcessInstance instance = start("c1,c2", "", "");
        List<Task> removals = tasks(instance, "removeMember");
        assertThat(removals).extracting(Task::getAssignee).containsExactlyInAnyOrder("moderator-c1", "moderator-c2");
        assertThat(removals).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());

        confirm(removals.get(0));
        assertThat(jobsOf(instance, "sendRemovalSummary")).isEmpty();
        confirm(removals.get(1));
        assertThat(STEPS.log).containsExactlyInAnyOrder("plan", "removed:c1", "removed:c2");

        runJobsOf(instance, "sendRemovalSummary");
        assertThat(STEPS.log).endsWith("summary");
        assertEnded(instance);
    }

    @Test
    void oneChatsConfirmationNeverCountsForAnother() {
        ProcessInstance instance = start("c1,c2", "", "");
        List<Task> removals = tasks(instance, "removeMember");
        confirm(removals.get(0));

        // The second moderator sends the form without ticking the box: refused, the task stays.
        Task second = removals.get(1);
        assertThatThrownBy(() -> Engine.INSTANCE.getTaskService().complete(second.getId(), Map.of()))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(tasks(instance, "removeMember")).extracting(Task::getId).containsExactly(second.getId());
    }

    @Test
    void aChatWithoutAModeratorAccountGoesToTheAdministrators() {
        ProcessInstance instance = start("orphan-chat", "", "");
        Task task = tasks(instance, "removeMember").get(0);
        assertThat(task.getAssignee()).isNull();
        assertThat(Engine.INSTANCE.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("administrators"));
    }

    @Test
    void aModeratorWhoIsLateHandsTheRemovalToTheAdministrators() {
        ProcessInstance instance = start("c1,c2", "", "");
        Job overdue = Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("removalOverdue").list().get(0);
        Engine.INSTANCE.getManagementService().executeJob(overdue.getId());

        Task late = tasks(instance, "removeMemberLate").get(0);
        assertThat(late.getAssignee()).isNull();
        assertThat(Engine.INSTANCE.getTaskService().getIdentityLinksForTask(late.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("administrators"));
        assertThat(tasks(instance, "removeMember")).hasSize(1);
        String lateChat = (String) Engine.INSTANCE.getTaskService().getVariable(late.getId(), RemovalVariables.CHAT_ID);
        assertThat(STEPS.log).contains("overdue:" + lateChat);

        confirm(late);
        confirm(tasks(instance, "removeMember").get(0));
        // The moderator's cancelled task confirms nothing; each chat is removed once.
        assertThat(STEPS.log).filteredOn(line -> line.startsWith("removed:")).containsExactlyInAnyOrder("removed:c1", "removed:c2");
        runJobsOf(instance, "sendRemovalSummary");
        assertEnded(instance);
    }

    @Test
    void aDismissedModeratorsChatsGetANewModeratorBeforeAnyoneIsRemoved() {
        ProcessInstance instance = start("c1,c2", "c1", "");
        assertThat(tasks(instance, "removeMember")).isEmpty();
        Task appoint = tasks(instance, "appointModerator").get(0);
        assertThat(Engine.INSTANCE.getTaskService().getIdentityLinksForTask(appoint.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("administrators"));

        Engine.INSTANCE.getTaskService().complete(appoint.getId(), Map.of(RemovalVariables.NEW_MODERATOR, "Иванова Нина Петровна"));
        assertThat(STEPS.log).containsExactly("plan", "appointed:c1");
        assertThat(tasks(instance, "removeMember")).hasSize(2);
    }

    @Test
    void aTransferInvitesToTheNewGroupWhileTheOldGroupsChatsAreEmptied() {
        ProcessInstance instance = start("c1", "", "n1;STUDENT;s1\nn2;PARENT;p1,p2");
        assertThat(tasks(instance, "removeMember")).hasSize(1);
        List<Task> invites = tasks(instance, "inviteToNewGroup");
        assertThat(invites).extracting(Task::getAssignee).containsExactlyInAnyOrder("moderator-n1", "moderator-n2");

        invites.forEach(task -> Engine.INSTANCE.getTaskService().complete(task.getId(),
                Map.of(RemovalVariables.PLATFORM_LINK, "https://sferum.ru/?invite=abc")));
        confirm(tasks(instance, "removeMember").get(0));
        assertThat(STEPS.log).contains("invited:n1", "invited:n2", "removed:c1");
        runJobsOf(instance, "sendRemovalSummary");
        assertEnded(instance);
    }

    @Test
    void nothingToRemoveEndsWithoutALetter() {
        ProcessInstance instance = start("", "", "");
        assertEnded(instance);
        assertThat(STEPS.log).containsExactly("plan");
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("nothingToRemove").count()).isEqualTo(1);
    }

    private static ProcessInstance start(String removals, String orphans, String invites) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("stubRemovals", removals);
        variables.put("stubOrphans", orphans);
        variables.put(RemovalVariables.TRANSFER_INVITES, invites);
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey("memberRemoval", "movement-1", variables);
    }

    private static void confirm(Task task) {
        Engine.INSTANCE.getTaskService().complete(task.getId(), Map.of(RemovalVariables.REMOVED, true));
    }

    private static List<Task> tasks(ProcessInstance instance, String activityId) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).list();
    }

    private static List<Job> jobsOf(ProcessInstance instance, String activityId) {
        return Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
    }

    private static void runJobsOf(ProcessInstance instance, String activityId) {
        List<Job> jobs = jobsOf(instance, activityId);
        assertThat(jobs).as("jobs of " + activityId).isNotEmpty();
        jobs.forEach(job -> Engine.INSTANCE.getManagementService().executeJob(job.getId()));
    }

    private static void assertEnded(ProcessInstance instance) {
        assertThat(Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }
}
