package ru.sferumworkflow.privacy;

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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.ModelTasks;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * The models of «Уничтожение персональных данных» and of its daily sweep without a container: an administrator
 * proposes, a second member of the commission approves, the data is destroyed in an asynchronous step; either may
 * put it off. What the steps do is shown over HTTP in {@code PersonalDataIT}.
 */
@Deployment(resources = {"processes/privacy/personal-data-destruction.bpmn", "processes/privacy/personal-data-sweep.bpmn",
        "processes/privacy/propose-destruction.form", "processes/privacy/approve-destruction.form"})
class PrivacyModelTest {

    static final List<String> LOG = new ArrayList<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("privacy-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("proposeDestructions", (JavaDelegate) execution -> LOG.add("proposeDestructions"));
        beans.put("destroyPersonalData", (JavaDelegate) execution -> LOG.add("destroyPersonalData"));
        beans.put("recordDestructionDecision", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                boolean approval = "approveDestruction".equals(execution.getCurrentActivityId());
                execution.setVariable(approval ? PrivacyVariables.APPROVED : PrivacyVariables.PROPOSED, "destroy"
                        .equals(execution.getVariable(approval ? PrivacyVariables.APPROVAL : PrivacyVariables.PROPOSAL)));
            }
        });
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("destructionDue", new DestructionDue(new WorkingDays()));
        beans.put("destructionStarted", (ExecutionListener) execution -> { });
        return beans;
    }

    @BeforeEach
    void clear() {
        LOG.clear();
    }

    @Test
    void anAdministratorProposesASecondMemberApprovesTheDataIsDestroyed() {
        ProcessInstance instance = start();
        Task proposal = only(instance);
        assertThat(proposal.getName()).isEqualTo("Предложить уничтожение персональных данных");
        assertThat(groups(proposal)).containsExactly("administrators");
        complete(proposal, Map.of(PrivacyVariables.PROPOSAL, "destroy"));
        Task approval = only(instance);
        assertThat(approval.getName()).isEqualTo("Утвердить уничтожение персональных данных (комиссия)");
        assertThat(groups(approval)).containsExactlyInAnyOrder("administration", "director");
        complete(approval, Map.of(PrivacyVariables.APPROVAL, "destroy"));
        assertThat(LOG).as("destroyed in a step of its own, after the approval's commit").isEmpty();
        Job destroy = Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .singleResult();
        Engine.INSTANCE.getManagementService().executeJob(destroy.getId());
        assertThat(LOG).containsExactly("destroyPersonalData");
        assertEndedAt(instance, "destroyed");
    }

    @Test
    void theAdministratorOrTheCommissionMayPutItOff() {
        ProcessInstance byAdministrator = start();
        complete(only(byAdministrator), Map.of(PrivacyVariables.PROPOSAL, "postpone"));
        assertEndedAt(byAdministrator, "postponedByAdministrator");
        ProcessInstance byCommission = start();
        complete(only(byCommission), Map.of(PrivacyVariables.PROPOSAL, "destroy"));
        complete(only(byCommission), Map.of(PrivacyVariables.APPROVAL, "postpone"));
        assertEndedAt(byCommission, "postponedByCommission");
        assertThat(LOG).isEmpty();
    }

    @Test
    void theSweepRunsEveryMorningAndNobodyStartsADestructionByHand() {
        Job timer = Engine.INSTANCE.getManagementService().createJobQuery().timers()
                .processDefinitionKey(PrivacyVariables.SWEEP_PROCESS).singleResult();
        assertThat(timer).isNotNull();
        Engine.INSTANCE.getManagementService().executeJob(timer.getId());
        assertThat(LOG).containsExactly("proposeDestructions");
        assertThat(Engine.INSTANCE.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PrivacyVariables.DESTRUCTION_PROCESS).singleResult().isStartableInTasklist())
                .isFalse();
    }

    private static ProcessInstance start() {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(PrivacyVariables.DESTRUCTION_PROCESS,
                Map.of(PrivacyVariables.PERSON_ID, "p1", PrivacyVariables.DESTRUCTION_ID, "d1"));
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
