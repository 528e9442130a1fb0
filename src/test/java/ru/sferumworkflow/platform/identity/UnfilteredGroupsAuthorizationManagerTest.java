package ru.sferumworkflow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine checks a user's rights with all the user's groups, those without any grant included, and the answers
 * are the ones its own group filter gives: a group without a grant adds nothing and takes nothing away.
 */
class UnfilteredGroupsAuthorizationManagerTest {

    private static final String WITHOUT_GRANTS = "no-grants";

    @TempDir
    static Path dataDir;

    static ProcessEngine engine;

    @BeforeAll
    static void productionStart() {
        engine = IdentitySetupTest.startWithoutDemoData("unfiltered-groups-test", dataDir);
        var model = Bpmn.createExecutableProcess(GroupAuthorizations.VERIFICATION_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask("review").camundaCandidateGroups("administrators").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("verification.bpmn", model).deploy();
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
    void theEngineUsesTheManagerThatKeepsEveryGroup() {
        Command<AuthorizationManager> manager = context -> context.getAuthorizationManager();
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(manager)).isInstanceOf(UnfilteredGroupsAuthorizationManager.class);
        assertThat(new UnfilteredGroupsAuthorizationManager().filterAuthenticatedGroupIds(
                List.of("administrators", WITHOUT_GRANTS))).containsExactly("administrators", WITHOUT_GRANTS);
    }

    @Test
    void aGroupWithoutGrantsNeitherWidensNorNarrowsWhatAUserSeesAndMayDo() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey(GroupAuthorizations.VERIFICATION_PROCESS)
                .getId();
        var tasks = engine.getTaskService();

        engine.getIdentityService().setAuthentication("admin1", List.of("administrators"), List.of("college"));
        long alone = tasks.createTaskQuery().processInstanceId(instance).count();
        engine.getIdentityService().setAuthentication("admin1", List.of("administrators", WITHOUT_GRANTS),
                List.of("college"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(alone).isEqualTo(1);
        engine.getIdentityService().setAuthentication("stranger", List.of(WITHOUT_GRANTS), List.of("college"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();

        var authorizations = engine.getAuthorizationService();
        assertThat(authorizations.isUserAuthorized("admin1", List.of("administrators", WITHOUT_GRANTS),
                Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, GroupAuthorizations.VERIFICATION_PROCESS)).isTrue();
        assertThat(authorizations.isUserAuthorized("stranger", List.of(WITHOUT_GRANTS), Permissions.READ_HISTORY,
                Resources.PROCESS_DEFINITION, GroupAuthorizations.VERIFICATION_PROCESS)).isFalse();
    }
}
