package ru.sferumworkflow.platform.identity;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

import ru.sferumworkflow.platform.Settings;

/**
 * Brings the engine's identity to the state the application needs, at every start and without
 * duplicates: the groups, the college as a tenant, a direct member of camunda-admin, the authorizations,
 * the Tasklist filters and, when switched on, the demo users.
 */
@ApplicationScoped
public class IdentitySetup {

    private static final Logger LOG = Logger.getLogger(IdentitySetup.class.getName());

    public void apply(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (WorkflowGroup workflowGroup : WorkflowGroup.values()) {
            ensureGroup(identity, workflowGroup);
        }
        ensureCollege(identity);
        new GroupAuthorizations(engine.getAuthorizationService()).apply();
        new TasklistFilters(engine).apply();
        if (Settings.DEMO_DATA.isOn()) {
            new DemoUsers(identity).apply();
            LOG.info("Демо-пользователи созданы (пароль demo)");
        }
        new OperatorAccount(identity).ensure();
    }

    private static void ensureGroup(IdentityService identity, WorkflowGroup workflowGroup) {
        Group group = identity.createGroupQuery().groupId(workflowGroup.id()).singleResult();
        if (group == null) {
            group = identity.newGroup(workflowGroup.id());
        }
        group.setName(workflowGroup.displayName());
        group.setType(workflowGroup.type());
        identity.saveGroup(group);
    }

    /** The college is a tenant; every staff group belongs to it, so its members see its instances. */
    private static void ensureCollege(IdentityService identity) {
        String collegeId = Settings.COLLEGE_ID.get();
        Tenant tenant = identity.createTenantQuery().tenantId(collegeId).singleResult();
        if (tenant == null) {
            tenant = identity.newTenant(collegeId);
        }
        tenant.setName(Settings.COLLEGE_NAME.get());
        identity.saveTenant(tenant);
        for (WorkflowGroup group : WorkflowGroup.staffGroups()) {
            boolean member = identity.createTenantQuery().tenantId(collegeId).groupMember(group.id()).count() > 0;
            if (!member) {
                identity.createTenantGroupMembership(collegeId, group.id());
            }
        }
    }
}
