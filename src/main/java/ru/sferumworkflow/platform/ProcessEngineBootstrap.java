package ru.sferumworkflow.platform;

import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import javax.sql.DataSource;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

import ru.sferumworkflow.platform.identity.IdentitySetup;

/**
 * Starts the one process engine of this application when the WAR is deployed and stops it on undeploy.
 * The engine works in the server's JTA transactions on the same datasource as our own tables, and is
 * registered with the runtime container so that Tasklist, Cockpit and Admin find it as "default".
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // each engine command opens its own transaction
public class ProcessEngineBootstrap {

    public static final String DATASOURCE = "java:jboss/datasources/SferumDS";

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    BeanManager beanManager;

    @Inject
    IdentitySetup identitySetup;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        Settings.checkWholeNumbers();
        SchemaMigration.migrate(dataSource);

        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ProcessEngines.NAME);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDataSourceJndiName(DATASOURCE);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(true);
        // When idle, look for due jobs (a retried letter, a reminder) at least every 5 seconds, not every 60.
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setMaxWait(5000);
        // Nodes of a cluster share the database: each locks jobs under its own name (plus a part unique to this
        // start, should two nodes be given one name), and the jobs of a node that died are taken over by another
        // when their lock runs out.
        String node = nodeName();
        jobExecutor.setLockOwner(node + "/" + UUID.randomUUID().toString().substring(0, 8));
        jobExecutor.setLockTimeInMillis(Math.multiplyExact(Settings.JOB_LOCK_SECONDS.positiveInt(), 1000));
        // The engine's pool keeps its core threads and adds more, up to the maximum, only while jobs queue up.
        int threads = Settings.JOB_THREADS.positiveInt();
        jobExecutor.setMaxPoolSize(threads);
        jobExecutor.setCorePoolSize(Math.min(jobExecutor.getCorePoolSize(), threads));
        jobExecutor.setMaxJobsPerAcquisition(Settings.JOB_ACQUISITION_SIZE.positiveInt());
        configuration.setJobExecutor(jobExecutor);
        configuration.setHostname(node);
        configuration.setBeans(new CdiBeans(beanManager));
        ProcessEngines.configure(configuration);

        processEngine = configuration.buildProcessEngine();
        AuthorizationCheckTuning.apply(dataSource); // the engine's tables exist from here on
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(processEngine);
        identitySetup.apply(processEngine);
        LOG.info("Движок процессов запущен: " + processEngine.getName() + "; задания — до "
                + jobExecutor.getMaxPoolSize() + " потоков, по " + jobExecutor.getMaxJobsPerAcquisition()
                + " за одно обращение к базе");
        warnAboutPublicAddress();
    }

    /** The node's own name: SFERUM_NODE_NAME, else the server's (the host name unless set otherwise). */
    static String nodeName() {
        return Settings.NODE_NAME.value().orElseGet(() -> System.getProperty("jboss.node.name", "sferum"));
    }

    /** Personal links in letters are built on this address: a production server must not leave it at localhost. */
    private static void warnAboutPublicAddress() {
        String address = Settings.PUBLIC_URL.get();
        if (!Settings.DEMO_DATA.isOn() && (!address.startsWith("https://") || address.contains("localhost"))) {
            LOG.warning("SFERUM_PUBLIC_URL = " + address + ": личные ссылки-приглашения в письмах поведут сюда. "
                    + "Задайте адрес, по которому приложение доступно получателям писем (https://…).");
        }
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(processEngine);
            processEngine.close();
        }
    }

    public ProcessEngine processEngine() {
        return processEngine;
    }
}
