package ru.sferumworkflow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who reads and who works on a group's task, with the grants a production start gives: a group that follows a
 * process reads all its open tasks by one grant and works only on its own; elsewhere the engine's per-task grant.
 */
class CandidateGroupTaskGrantsTest {

    private static final String WITHOUT_GRANTS = "no-grants";

    @TempDir
    static Path dataDir;

    static ProcessEngine engine;

    @BeforeAll
    static void productionStart() {
        engine = IdentitySetupTest.startWithoutDemoData("task-grants-test", dataDir);
        // Two models under real keys: administrators follow the verification (READ_HISTORY), not the removal.
        deploy(GroupAuthorizations.VERIFICATION_PROCESS, "administrators", "director");
        deploy("memberRemoval", "administrators", "administrators");
        engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
    }

    @AfterAll
    static void close() {
        IdentitySetupTest.stop(engine);
    }

    @AfterEach
    void logOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void administratorsReadEveryOpenVerificationTaskButWorkOnlyOnTheirOwn() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(GroupAuthorizations.VERIFICATION_PROCESS)
                .getId();
        Task review = task(instance, "administrators");
        Task directors = task(instance, "director");
        assertThat(grantOn(review, "administrators").isPermissionGranted(Permissions.READ)).isFalse();
        assertThat(grantOn(review, "administrators").isPermissionGranted(Permissions.UPDATE)).isTrue();

        logIn("admin1", WorkflowGroup.ADMINISTRATORS);
        var tasks = engine.getTaskService();
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskCandidateGroup("administrators").list())
                .extracting(Task::getId).containsExactly(review.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).as("the director's too, as in history")
                .isEqualTo(2);
        assertThatThrownBy(() -> tasks.claim(directors.getId(), "admin1")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.complete(directors.getId())).isInstanceOf(AuthorizationException.class);
        tasks.claim(review.getId(), "admin1");
        tasks.complete(review.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    }

    @Test
    void theAdministrationDoesNotFollowTheVerificationAndSeesNoneOfItsTasks() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(GroupAuthorizations.VERIFICATION_PROCESS)
                .getId();
        logIn("deputy1", WorkflowGroup.ADMINISTRATION);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void whereAGroupDoesNotReadTheHistoryItsTaskGrantStillLetsItReadTheTask() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("memberRemoval").getId();
        Task removal = task(instance, "administrators");
        assertThat(grantOn(removal, "administrators").isPermissionGranted(Permissions.READ)).isTrue();

        logIn("admin1", WorkflowGroup.ADMINISTRATORS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
        logIn("director1", WorkflowGroup.DIRECTOR);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count())
                .as("the director follows every process").isEqualTo(2);
        logIn("teacher1", WorkflowGroup.TEACHERS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
    }

    /**
     * The checks take all the user's groups, those without any grant included (UnfilteredGroupsAuthorizationManager),
     * and answer as the engine's own group filter would: a group without a grant adds nothing and takes nothing away.
     */
    @Test
    void aGroupWithoutGrantsNeitherWidensNorNarrowsWhatAUserSeesAndMayDo() {
        Command<AuthorizationManager> manager = context -> context.getAuthorizationManager();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(manager)).isInstanceOf(UnfilteredGroupsAuthorizationManager.class);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(GroupAuthorizations.VERIFICATION_PROCESS)
                .getId();
        var tasks = engine.getTaskService();
        String review = task(instance, "administrators").getId();

        logIn("admin1", WorkflowGroup.ADMINISTRATORS);
        long alone = tasks.createTaskQuery().processInstanceId(instance).count();
        engine.getIdentityService().setAuthentication("admin1", List.of("administrators", WITHOUT_GRANTS),
                List.of("college"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(alone).isEqualTo(2);
        engine.getIdentityService().setAuthentication("stranger", List.of(WITHOUT_GRANTS), List.of("college"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
        assertThatThrownBy(() -> tasks.claim(review, "stranger")).isInstanceOf(AuthorizationException.class);

        var authorizations = engine.getAuthorizationService();
        assertThat(authorizations.isUserAuthorized("admin1", List.of("administrators", WITHOUT_GRANTS),
                Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, GroupAuthorizations.VERIFICATION_PROCESS)).isTrue();
        assertThat(authorizations.isUserAuthorized("stranger", List.of(WITHOUT_GRANTS), Permissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, GroupAuthorizations.VERIFICATION_PROCESS)).isFalse();
    }

    /** A process whose two parallel user tasks wait for these candidate groups. */
    private static void deploy(String key, String firstGroup, String secondGroup) {
        var model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().parallelGateway("fork")
                .userTask("first").camundaCandidateGroups(firstGroup).endEvent("firstDone")
                .moveToNode("fork").userTask("second").camundaCandidateGroups(secondGroup).endEvent("secondDone")
                .done();
        engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    }

    private static Task task(String instance, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskCandidateGroup(group).list()
                .get(0);
    }

    private static Authorization grantOn(Task task, String group) {
        return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(task.getId()).groupIdIn(group).singleResult();
    }

    private static void logIn(String user, WorkflowGroup group) {
        engine.getIdentityService().setAuthentication(user, List.of(group.id()), List.of("college"));
    }
}
