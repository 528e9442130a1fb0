package ru.sferumworkflow.platform;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

import ru.sferumworkflow.platform.identity.CandidateGroupTaskGrants;
import ru.sferumworkflow.platform.identity.UnfilteredGroupsAuthorizationManager;

/**
 * The settings every engine of this application shares, in the server and in the process tests alike,
 * so that a model behaves the same in both.
 */
public final class ProcessEngines {

    public static final String NAME = "default";

    static final String RESOURCE_ID = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    private ProcessEngines() {
    }

    public static void configure(ProcessEngineConfigurationImpl configuration) {
        // Task and filter queries may carry expressions only when stored by the application itself
        // (the Tasklist filters); ad-hoc queries from clients never. See QueryExpressionGuard for REST.
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(true);
        // Every process instance belongs to a college (Camunda tenant); the models are shared.
        configuration.setTenantIdProvider(new CollegeTenantIdProvider());
        configuration.setJavaSerializationFormatEnabled(false);
        // No CMMN model and no task outside a process here (every task belongs to an instance and so to its history
        // and its college). With both off the engine's task queries — Tasklist's lists — join the process definition
        // with an inner join instead of an outer one (docs/performance.md, «Tasklist»), and a fresh database gets no
        // CMMN tables.
        configuration.setCmmnEnabled(false);
        configuration.setStandaloneTasksEnabled(false);
        // A candidate group that reads every open task of a process by a grant on its definition gets, on each task,
        // only the right to work on it: with one read grant per open task, every task list compared each task with
        // the user's grants (docs/performance.md, «Tasklist»).
        configuration.setResourceAuthorizationProvider(new CandidateGroupTaskGrants());
        // Those per-task grants also made the engine read every authorization's group before each request's first
        // check; the checks now take the user's groups as they are (UnfilteredGroupsAuthorizationManager).
        configuration.setCustomSessionFactories(List.of(new UnfilteredGroupsAuthorizationManager.Factory()));
        // Ids without a shared counter row: job threads and cluster nodes never wait on each other for one
        // (with the default generator the invitation benchmark's bare engine stalled on it, thousands of jobs at once).
        configuration.setIdGenerator(new StrongUuidGenerator());
        // History older than each model's historyTimeToLive (or SFERUM_HISTORY_TTL_DAYS) is removed in a night
        // window (personal data is not kept beyond its purpose); our own tables (orders, the audit trail) are not
        // touched by this.
        String[] window = HistoryRetention.window(Settings.HISTORY_CLEANUP_WINDOW.get());
        configuration.setHistoryCleanupBatchWindowStartTime(window[0]);
        configuration.setHistoryCleanupBatchWindowEndTime(window[1]);
        // A timer cycle given by an expression is evaluated again each time it is due, so that the monthly report's
        // schedule names each month's own first working day (UsageReportSchedule).
        configuration.setReevaluateTimeCycleWhenDue(true);
        // Ids of groups and users such as "class-teachers" or "sferum-admin": letters and digits
        // joined by single hyphens (the default allows no hyphen but in "camunda-admin").
        configuration.setGeneralResourceWhitelistPattern(RESOURCE_ID);
        configuration.setUserResourceWhitelistPattern(RESOURCE_ID);
        configuration.setGroupResourceWhitelistPattern(RESOURCE_ID);
        configuration.setTenantResourceWhitelistPattern(RESOURCE_ID);
        // Every log line the engine writes while running an instance carries its id and college (the server's
        // log format prints them), so that one instance's lines are found together across nodes.
        configuration.setLoggingContextProcessInstanceId("processInstanceId");
        configuration.setLoggingContextTenantId("tenantId");
        configuration.setLoggingContextActivityId("activityId");
    }
}
