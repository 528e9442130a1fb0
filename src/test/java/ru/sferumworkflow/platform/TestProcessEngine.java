package ru.sferumworkflow.platform;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * An engine for process tests without a container: in-memory H2, no job executor (tests run jobs by hand),
 * the same shared settings as in the server, and the delegates given as beans.
 */
public final class TestProcessEngine {

    private TestProcessEngine() {
    }

    public static ProcessEngine create(String name, Map<Object, Object> beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return build(configuration, name, beans, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    }

    /**
     * A bare engine for a benchmark's comparison: the models with no-op steps, on a database of the same kind as the
     * server's (given empty), with its job executor running as the server's does.
     */
    public static ProcessEngine bare(String name, Map<Object, Object> beans, String jdbcUrl, String user, String password) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver(jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setAuthorizationEnabled(true);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setMaxWait(5000); // as the server's: an idle executor looks for due jobs at least every 5 s
        configuration.setJobExecutor(jobExecutor);
        ProcessEngine engine = build(configuration, name, beans, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
        return engine;
    }

    private static ProcessEngine build(ProcessEngineConfigurationImpl configuration, String name, Map<Object, Object> beans,
            String schemaUpdate) {
        configuration.setProcessEngineName(name);
        configuration.setDatabaseSchemaUpdate(schemaUpdate);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        ProcessEngines.configure(configuration);
        return configuration.buildProcessEngine();
    }
}
