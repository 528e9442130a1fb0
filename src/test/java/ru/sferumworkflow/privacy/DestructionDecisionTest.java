package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.ModelTasks;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * The decisions on a destruction with the real listener: the commission's member is not the administrator who
 * proposed; putting it off needs a reason and brings it back in 90 days.
 */
@Deployment(resources = {"processes/privacy/personal-data-destruction.bpmn", "processes/privacy/propose-destruction.form",
        "processes/privacy/approve-destruction.form"})
class DestructionDecisionTest {

    static final Destruction DESTRUCTION = new Destruction("college", "p1", "Отчисление", OffsetDateTime.now());

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("destruction-decision-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    static Map<Object, Object> beans() {
        RecordDestructionProposal decisions = new RecordDestructionProposal();
        decisions.destructions = new JpaDestructions() {
            @Override
            public Optional<Destruction> find(String id) {
                return Optional.of(DESTRUCTION);
            }
        };
        decisions.audit = new AuditLog() {
            @Override
            public void record(String collegeId, String actor, String action, String personId, String objectType,
                    String objectId, String detail) {
            }
        };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("recordDestructionDecision", decisions);
        beans.put("destroyPersonalData", (JavaDelegate) execution -> { });
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("destructionDue", new DestructionDue(new WorkingDays()));
        beans.put("destructionStarted", (ExecutionListener) execution -> { });
        return beans;
    }

    @org.junit.jupiter.api.BeforeAll
    static void commission() {
        var identity = Engine.INSTANCE.getIdentityService();
        if (identity.createGroupQuery().groupId("administration").count() == 0) {
            identity.saveGroup(identity.newGroup("administration"));
            identity.saveUser(identity.newUser("deputy"));
            identity.createMembership("deputy", "administration");
            identity.saveUser(identity.newUser("admin1"));
        }
    }

    @AfterEach
    void nobody() {
        Engine.INSTANCE.getIdentityService().clearAuthentication();
    }

    @Test
    void theCommissionsMemberIsAnotherPersonThanTheProposer() {
        ProcessInstance instance = start();
        as("admin1");
        complete(only(instance), Map.of(PrivacyVariables.PROPOSAL, "destroy"));
        assertThat(DESTRUCTION.proposedBy()).isEqualTo("admin1");
        Task approval = only(instance);
        assertThatThrownBy(() -> complete(approval, Map.of(PrivacyVariables.APPROVAL, "destroy")))
                .hasMessageContaining("Утверждает второй член комиссии");
        as("outsider");
        assertThatThrownBy(() -> complete(approval, Map.of(PrivacyVariables.APPROVAL, "destroy")))
                .hasMessageContaining("заместитель директора или директор");
        as("deputy");
        complete(approval, Map.of(PrivacyVariables.APPROVAL, "destroy"));
        assertThat(DESTRUCTION.isApproved()).isTrue();
        assertThat(Engine.INSTANCE.getRuntimeService().getVariable(instance.getId(), PrivacyVariables.APPROVED_BY))
                .isEqualTo("deputy");
    }

    @Test
    void puttingItOffNeedsAReasonAndBringsItBackInNinetyDays() {
        ProcessInstance instance = start();
        as("admin1");
        Task proposal = only(instance);
        assertThatThrownBy(() -> complete(proposal, Map.of(PrivacyVariables.PROPOSAL, "postpone")))
                .hasMessageContaining("почему уничтожение откладывается");
        complete(proposal, Map.of(PrivacyVariables.PROPOSAL, "postpone", PrivacyVariables.PROPOSAL_NOTE,
                "Идёт проверка по жалобе родителей"));
        assertThat(DESTRUCTION.status()).isEqualTo(DestructionStatus.POSTPONED);
        assertThat(DESTRUCTION.decisionNote()).isEqualTo("Идёт проверка по жалобе родителей");
        assertThat(DESTRUCTION.nextReviewAt()).isAfter(OffsetDateTime.now().plusDays(89));
    }

    private static void as(String user) {
        // A user of the college: instances belong to it (tenant), and its users see them.
        Engine.INSTANCE.getIdentityService().setAuthentication(user, List.of(), List.of("college"));
    }

    private static ProcessInstance start() {
        DESTRUCTION.propose("Отчисление", OffsetDateTime.now());
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(PrivacyVariables.DESTRUCTION_PROCESS,
                Map.of(PrivacyVariables.PERSON_ID, "p1", PrivacyVariables.DESTRUCTION_ID, DESTRUCTION.id()));
    }

    private static Task only(ProcessInstance instance) {
        return ModelTasks.only(Engine.INSTANCE, instance);
    }

    private static void complete(Task task, Map<String, Object> values) {
        ModelTasks.complete(Engine.INSTANCE, task, values);
    }
}
