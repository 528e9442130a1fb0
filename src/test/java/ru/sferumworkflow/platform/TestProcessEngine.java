package ru.sferumworkflow.platform;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * An engine for process tests without a container: in-memory H2, no job executor (tests run jobs by hand),
 * the same shared settings as in the server, and the delegates given as beans.
 */
public final class TestProcessEngine {

    private TestProcessEngine() {
    }

    public static ProcessEngine create(String name, Map<Object, Object> beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        ProcessEngines.configure(configuration);
        return configuration.buildProcessEngine();
    }
}
