package ru.sferumworkflow.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.sferumworkflow.platform.TestProcessEngine;

/**
 * The identity a production start (no demo data) leaves: every group with its Russian name, the college as a
 * tenant its groups belong to, the filters, and a camunda-admin member whose password is in a private file.
 */
class IdentitySetupTest {

    @TempDir
    static Path dataDir;

    static ProcessEngine engine;

    @BeforeAll
    static void productionStart() {
        engine = startWithoutDemoData("identity-test", dataDir);
        new IdentitySetup().apply(engine); // a second start changes nothing
    }

    @AfterAll
    static void close() {
        stop(engine);
    }

    /** An engine with the identity a start without demo data leaves, its data folder (the operator's file) there. */
    static ProcessEngine startWithoutDemoData(String name, Path dataDir) {
        System.setProperty("jboss.server.data.dir", dataDir.toString());
        System.clearProperty("sferum.demo-data");
        ProcessEngine engine = TestProcessEngine.create(name, Map.of());
        new IdentitySetup().apply(engine);
        return engine;
    }

    static void stop(ProcessEngine engine) {
        engine.close();
        System.clearProperty("jboss.server.data.dir");
    }

    @Test
    void theOperatorIsTheOnlyUserAndHisPasswordIsInAPrivateFile() throws Exception {
        var identity = engine.getIdentityService();
        assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("operator");
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);

        Path file = dataDir.resolve("sferum").resolve("operator-password.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(identity.checkPassword("operator", password)).isTrue();
    }

    @Test
    void everyGroupExistsOnceWithItsRussianNameInTheCollege() {
        var identity = engine.getIdentityService();
        for (WorkflowGroup group : WorkflowGroup.values()) {
            assertThat(identity.createGroupQuery().groupId(group.id()).singleResult().getName()).isEqualTo(group.displayName());
        }
        for (WorkflowGroup group : WorkflowGroup.staffGroups()) {
            assertThat(identity.createTenantQuery().groupMember(group.id()).singleResult().getId()).isEqualTo("college");
        }
        assertThat(engine.getFilterService().createFilterQuery().list()).extracting(filter -> filter.getName())
                .containsExactlyInAnyOrder("Мои задачи", "Задачи моих групп");
        var auditors = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("auditors");
        assertThat(auditors.resourceType(Resources.PROCESS_DEFINITION).list()).as("auditors start nothing")
                .noneMatch(grant -> grant.isPermissionGranted(Permissions.CREATE_INSTANCE));
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("auditors")
                .resourceType(Resources.PROCESS_INSTANCE).list())
                .noneMatch(grant -> grant.isPermissionGranted(Permissions.CREATE) || grant.isPermissionGranted(Permissions.UPDATE));
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("auditors")
                .resourceType(Resources.TASK).count()).as("no rights on runtime tasks").isZero();
        assertThat(auditors.resourceType(Resources.PROCESS_DEFINITION).list())
                .noneMatch(grant -> grant.isPermissionGranted(Permissions.READ_TASK));
    }

    @Test
    void aStaffGroupThatReadsAProcesssHistoryReadsItsOpenTasksToo() {
        var definitionGrants = engine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(Resources.PROCESS_DEFINITION).list().stream()
                .filter(grant -> grant.getGroupId() != null && !grant.getGroupId().equals("auditors")
                        && !grant.getGroupId().equals("camunda-admin"))
                .filter(grant -> grant.isPermissionGranted(Permissions.READ_HISTORY)).toList();
        assertThat(definitionGrants).hasSizeGreaterThan(10)
                .allSatisfy(grant -> assertThat(grant.isPermissionGranted(Permissions.READ_TASK))
                        .as(grant.getGroupId() + " on " + grant.getResourceId()).isTrue());
    }
}
