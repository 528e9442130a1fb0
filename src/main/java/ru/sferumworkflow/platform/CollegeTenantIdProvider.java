package ru.sferumworkflow.platform;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Gives every process instance the college it belongs to. The models are deployed once for all colleges;
 * an instance takes its college from its parent, else from a start variable «collegeId» (when the system starts it,
 * or a user of that college), else from the single college of the user who starts it, else from the college this
 * installation serves (SFERUM_COLLEGE_ID).
 */
public class CollegeTenantIdProvider implements TenantIdProvider {

    /** A start variable naming the college, for instances started by the system on a college's behalf. */
    public static final String COLLEGE_VARIABLE = "collegeId";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution parent = ctx.getSuperExecution();
        if (parent != null && parent.getTenantId() != null) {
            return parent.getTenantId();
        }
        Object college = ctx.getVariables() == null ? null : ctx.getVariables().get(COLLEGE_VARIABLE);
        if (college instanceof String named && !named.isBlank() && mayActFor(named)) {
            return named;
        }
        return collegeOfCurrentUser();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return collegeOfCurrentUser();
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null && ctx.getExecution().getTenantId() != null) {
            return ctx.getExecution().getTenantId();
        }
        return collegeOfCurrentUser();
    }

    /**
     * A start variable names the college only for the system (no user) or for a user of that college: a user who
     * starts a process over the REST API cannot put it into another college's queues.
     */
    private static boolean mayActFor(String college) {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        List<String> colleges = authentication == null ? null : authentication.getTenantIds();
        return authentication == null || authentication.getUserId() == null
                || (colleges != null && colleges.contains(college));
    }

    private static String collegeOfCurrentUser() {
        CommandContext commandContext = Context.getCommandContext();
        Authentication authentication = commandContext == null ? null : commandContext.getAuthentication();
        List<String> colleges = authentication == null ? null : authentication.getTenantIds();
        if (colleges != null && colleges.size() == 1) {
            return colleges.get(0);
        }
        return Settings.COLLEGE_ID.get();
    }
}
