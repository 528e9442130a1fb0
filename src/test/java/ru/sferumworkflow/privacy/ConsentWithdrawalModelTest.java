package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.ModelTasks;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * «Отзыв согласия на обработку персональных данных» without a container: the removal from the chats runs first, as a
 * called «Удаление из чатов» with the withdrawal's movement; then the destruction is scheduled and called, its tasks
 * due before the legal last day. The steps themselves are shown over HTTP in {@code ConsentIT}.
 */
@Deployment(resources = {"processes/privacy/consent-withdrawal.bpmn", "processes/privacy/personal-data-destruction.bpmn",
        "processes/privacy/propose-destruction.form", "processes/privacy/approve-destruction.form"})
class ConsentWithdrawalModelTest {

    static final List<String> LOG = new ArrayList<>();

    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("consent-withdrawal-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    private String removalStub;

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("scheduleDestruction", (JavaDelegate) execution -> {
            LOG.add("scheduleDestruction");
            execution.setVariable(PrivacyVariables.DESTRUCTION_ID, "d1");
            execution.setVariable(PrivacyVariables.SUBJECT, "Обучающийся, группа ИС-21");
            execution.setVariable(PrivacyVariables.REASON, "Согласие отозвано");
        });
        beans.put("destroyPersonalData", (JavaDelegate) execution -> LOG.add("destroyPersonalData"));
        beans.put("recordDestructionDecision", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                boolean approval = "approveDestruction".equals(execution.getCurrentActivityId());
                execution.setVariable(approval ? PrivacyVariables.APPROVED : PrivacyVariables.PROPOSED, true);
            }
        });
        beans.put("destructionStarted", (ExecutionListener) execution -> LOG.add("destructionStarted "
                + execution.getProcessBusinessKey()));
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("destructionDue", new DestructionDue(new WorkingDays()));
        return beans;
    }

    /** «Удаление из чатов» has a model test of its own: here one task stands for it. */
    @BeforeEach
    void deployRemovalStub() {
        LOG.clear();
        removalStub = Engine.INSTANCE.getRepositoryService().createDeployment()
                .addModelInstance("member-removal-stub.bpmn", Bpmn.createExecutableProcess("memberRemoval")
                        .camundaHistoryTimeToLive(1).startEvent().userTask("removeMember").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void removeStub() {
        Engine.INSTANCE.getRepositoryService().deleteDeployment(removalStub, true);
    }

    @Test
    void theChatsEndFirstThenTheDestructionIsDueBeforeTheLegalLastDay() {
        LocalDate destroyBy = Clock.today().plusDays(ConsentWithdrawals.DAYS_TO_DESTROY);
        ProcessInstance withdrawal = start(destroyBy);
        ProcessInstance removal = called(withdrawal);
        assertThat(removal.getProcessDefinitionId()).startsWith("memberRemoval:");
        assertThat(removal.getBusinessKey()).as("the removal plans by the movement's id").isEqualTo("m1");
        assertThat(Engine.INSTANCE.getRuntimeService().getVariable(removal.getId(), "movementId")).isEqualTo("m1");
        assertThat(LOG).as("nothing is destroyed while the person is still in chats").isEmpty();

        ModelTasks.complete(Engine.INSTANCE, ModelTasks.only(Engine.INSTANCE, removal), Map.of());
        assertThat(LOG).containsExactly("scheduleDestruction", "destructionStarted pd:p1");
        ProcessInstance destruction = called(withdrawal);
        assertThat(Engine.INSTANCE.getRuntimeService().getVariable(destruction.getId(), PrivacyVariables.DESTROY_BY))
                .isEqualTo(destroyBy.toString());
        Task proposal = ModelTasks.only(Engine.INSTANCE, destruction);
        assertThat(proposal.getDueDate()).isBefore(lastMoment(destroyBy.minusDays(DestructionDue.PROPOSAL_MARGIN_DAYS)));
        ModelTasks.complete(Engine.INSTANCE, proposal, Map.of(PrivacyVariables.PROPOSAL, "destroy"));
        Task approval = ModelTasks.only(Engine.INSTANCE, destruction);
        assertThat(approval.getDueDate()).isBefore(lastMoment(destroyBy.minusDays(DestructionDue.APPROVAL_MARGIN_DAYS)));
        ModelTasks.complete(Engine.INSTANCE, approval, Map.of(PrivacyVariables.APPROVAL, "destroy"));
        ModelTasks.runJob(Engine.INSTANCE, destruction);
        assertThat(LOG).endsWith("destroyPersonalData");
        assertThat(ModelTasks.endedAt(Engine.INSTANCE, withdrawal)).isEqualTo("withdrawalDone");
    }

    @Test
    void aLastDayCloseAtHandMakesTheTasksDueAtOnceNotAfterIt() {
        ProcessInstance withdrawal = start(Clock.today().plusDays(1));
        ModelTasks.complete(Engine.INSTANCE, ModelTasks.only(Engine.INSTANCE, called(withdrawal)), Map.of());
        Task proposal = ModelTasks.only(Engine.INSTANCE, called(withdrawal));
        assertThat(proposal.getDueDate()).as("already overdue: shown first, never after the last day")
                .isBeforeOrEqualTo(new java.util.Date());
    }

    @Test
    void nobodyStartsAWithdrawalFromTasklist() {
        assertThat(Engine.INSTANCE.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PrivacyVariables.WITHDRAWAL_PROCESS).singleResult().isStartableInTasklist())
                .isFalse();
    }

    private static ProcessInstance start(LocalDate destroyBy) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(PrivacyVariables.WITHDRAWAL_PROCESS, "m1",
                Map.of("movementId", "m1", PrivacyVariables.PERSON_ID, "p1",
                        PrivacyVariables.DESTROY_BY, destroyBy.toString()));
    }

    private static ProcessInstance called(ProcessInstance parent) {
        return Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .singleResult();
    }

    private static java.util.Date lastMoment(LocalDate day) {
        return java.util.Date.from(ZonedDateTime.of(day.plusDays(1), java.time.LocalTime.MIDNIGHT, Clock.COLLEGE_ZONE)
                .toInstant());
    }
}
