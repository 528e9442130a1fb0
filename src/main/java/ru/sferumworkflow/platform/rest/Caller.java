package ru.sferumworkflow.platform.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.impl.identity.Authentication;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.identity.WorkflowGroup;

/**
 * The user behind a request to our REST API: the web apps' login sets the engine's authentication for
 * every request of this WAR, so our resources see the same user and groups as Tasklist.
 */
@RequestScoped
public class Caller {

    @Inject
    ProcessEngineBootstrap bootstrap;

    public Authentication authentication() {
        Authentication authentication = bootstrap.processEngine().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw ApiErrors.notLoggedIn();
        }
        return authentication;
    }

    /** Refuses the request unless the caller belongs to one of the groups. */
    public String requireAnyOf(String what, WorkflowGroup... groups) {
        Authentication authentication = authentication();
        List<String> memberOf = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        boolean allowed = memberOf.contains(WorkflowGroup.OPERATORS.id())
                || Arrays.stream(groups).anyMatch(group -> memberOf.contains(group.id()));
        if (!allowed) {
            throw ApiErrors.forbidden("Нет доступа: «" + what + "» — только для групп: "
                    + String.join(", ", Arrays.stream(groups).map(WorkflowGroup::displayName).toList()) + ".");
        }
        return authentication.getUserId();
    }

    /** Whether the caller is in one of the groups, the system operators counting only when named. */
    public boolean isIn(WorkflowGroup... groups) {
        List<String> memberOf = authentication().getGroupIds() == null ? List.of() : authentication().getGroupIds();
        return Arrays.stream(groups).anyMatch(group -> memberOf.contains(group.id()));
    }

    /** The one college the caller works for (the tenant of their account). */
    public String college() {
        List<String> colleges = colleges();
        if (colleges.size() != 1) {
            throw ApiErrors.forbidden("Учётная запись не относится ровно к одному Техникуму.");
        }
        return colleges.get(0);
    }

    public List<String> colleges() {
        List<String> tenants = authentication().getTenantIds();
        return tenants == null ? List.of() : tenants;
    }
}
