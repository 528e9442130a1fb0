package ru.sferumworkflow.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * The models of «Назначение или снятие администратора Сферума» and «Распределение классного руководства» on each
 * path, without a container: the director approves or refuses; an approved change is made on the platform; an
 * approved distribution gives one task per changed group. What the steps do is shown over HTTP in
 * {@code AppointmentsIT}.
 */
@Deployment(resources = {"processes/appointments/platform-administrator.bpmn",
        "processes/appointments/administrator-change.form", "processes/appointments/approve-administrator-change.form",
        "processes/appointments/apply-administrator-change.form",
        "processes/appointments/class-teacher-distribution.bpmn", "processes/appointments/class-teacher-distribution.form",
        "processes/appointments/approve-distribution.form", "processes/appointments/attach-class-teacher.form"})
class AppointmentsModelTest {

    static final List<String> LOG = new ArrayList<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("appointments-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    /** As the real bean: the groups of the distribution whose class teacher changes. */
    public static final class StubAssignments {
        public List<String> toAttach(DelegateExecution execution) {
            return List.of("a1", "a2");
        }
    }

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        for (String step : List.of("proposeAdministratorChange", "proposeDistribution", "applyAdministratorChange",
                "decideAssignments", "describeAssignment", "attachClassTeacher")) {
            beans.put(step, (ExecutionListener) execution -> {
                if (!execution.isCanceled()) {
                    LOG.add(step + (execution.hasVariable("assignmentId") ? " " + execution.getVariable("assignmentId") : ""));
                }
            });
        }
        beans.put("recordDirectorDecision", (ExecutionListener) execution -> execution.setVariable(
                AppointmentVariables.APPROVED, "approve".equals(execution.getVariable(AppointmentVariables.DIRECTOR_DECISION))));
        beans.put("classTeacherAssignments", new StubAssignments());
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        return beans;
    }

    @BeforeEach
    void clear() {
        LOG.clear();
    }

    @Test
    void anApprovedAdministratorIsAppointedOnThePlatformByAnAdministrator() {
        ProcessInstance instance = start(AppointmentVariables.ADMINISTRATOR_PROCESS);
        Task approval = only(instance);
        assertThat(groups(approval)).containsExactly("director");
        complete(approval, "approve");
        Task apply = only(instance);
        assertThat(apply.getTaskDefinitionKey()).isEqualTo("applyOnPlatform");
        assertThat(groups(apply)).containsExactly("administrators");
        Engine.INSTANCE.getTaskService().complete(apply.getId(), Map.of(AppointmentVariables.DONE_ON_PLATFORM, true));
        assertThat(LOG).containsExactly("proposeAdministratorChange", "applyAdministratorChange");
        assertEndedAt(instance, "changeApplied");
    }

    @Test
    void aRefusedAdministratorChangeEndsWithTheDirector() {
        ProcessInstance instance = start(AppointmentVariables.ADMINISTRATOR_PROCESS);
        complete(only(instance), "refuse");
        assertThat(LOG).containsExactly("proposeAdministratorChange");
        assertEndedAt(instance, "changeRefused");
    }

    @Test
    void anApprovedDistributionGivesOneTaskPerChangedGroup() {
        ProcessInstance instance = start(AppointmentVariables.DISTRIBUTION_PROCESS);
        Task approval = only(instance);
        assertThat(groups(approval)).containsExactly("director");
        complete(approval, "approve");
        List<Task> attach = Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(attach).extracting(Task::getName).containsOnly("Прикрепить классного руководителя").hasSize(2);
        attach.forEach(task -> assertThat(groups(task)).containsExactly("administrators"));
        attach.forEach(task -> Engine.INSTANCE.getTaskService().complete(task.getId(),
                Map.of(AppointmentVariables.DONE_ON_PLATFORM, true)));
        assertThat(LOG).containsExactlyInAnyOrder("proposeDistribution", "decideAssignments", "describeAssignment a1",
                "describeAssignment a2", "attachClassTeacher a1", "attachClassTeacher a2");
        assertEndedAt(instance, "distributionApplied");
    }

    @Test
    void aRefusedDistributionEndsWithTheDirector() {
        ProcessInstance instance = start(AppointmentVariables.DISTRIBUTION_PROCESS);
        complete(only(instance), "refuse");
        assertThat(LOG).containsExactly("proposeDistribution", "decideAssignments");
        assertEndedAt(instance, "distributionRefused");
    }

    private static ProcessInstance start(String key) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(key);
    }

    private static Task only(ProcessInstance instance) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static void complete(Task task, String decision) {
        Engine.INSTANCE.getTaskService().complete(task.getId(), Map.of(AppointmentVariables.DIRECTOR_DECISION, decision));
    }

    private static List<String> groups(Task task) {
        return Engine.INSTANCE.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private static void assertEndedAt(ProcessInstance instance, String endEvent) {
        assertThat(Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(endEvent).count()).isEqualTo(1);
    }
}
