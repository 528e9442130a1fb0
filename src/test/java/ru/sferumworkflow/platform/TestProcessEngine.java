package ru.sferumworkflow.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * An engine without a container, with the same shared settings as in the server and the delegates given as beans:
 * for process tests (in-memory H2, no job executor — tests run jobs by hand), and as the bare engine a benchmark
 * compares the application with.
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
     * A bare engine for a benchmark's comparison — the models (classpath resources: BPMN and its forms) deployed, with
     * no-op steps, its job executor running as the server's does — on an empty database of the same kind as the
     * server's under test: an H2 file with the server's settings under target/benchmark, or a database of its own on
     * the server's PostgreSQL.
     */
    public static ProcessEngine bare(String name, Map<Object, Object> beans, String... models)
            throws SQLException, IOException {
        String url;
        if (ServerTest.onPostgresql()) {
            String database = name.replace('-', '_');
            try (Connection server = ServerTest.serverDatabase()) {
                Scratch.freshPostgresqlDatabase(server, database);
            }
            url = System.getenv("SFERUM_DB_URL").replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]+", "$1" + database);
        } else {
            Path folder = Path.of("target", "benchmark", name).toAbsolutePath();
            Scratch.deleteRecursively(folder);
            url = "jdbc:h2:file:" + folder.resolve("bare") + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=256";
        }
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(ServerTest.databaseUser());
        configuration.setJdbcPassword(ServerTest.databasePassword());
        configuration.setJdbcDriver(ServerTest.onPostgresql() ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setAuthorizationEnabled(true);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setMaxWait(5000); // as the server's: an idle executor looks for due jobs at least every 5 s
        // The engine's own number of jobs at a time (3), unless a run asks for the server's
        // (-Dbenchmark.bareJobAcquisitionSize=10): to see what that setting alone gives an engine without our steps.
        jobExecutor.setMaxJobsPerAcquisition(BenchmarkReport.bareJobAcquisitionSize());
        configuration.setJobExecutor(jobExecutor);
        ProcessEngine engine = build(configuration, name, beans, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
        for (String model : models) {
            deployment.addClasspathResource(model);
        }
        deployment.deploy();
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
