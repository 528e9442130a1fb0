package ru.sferumworkflow.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys every model of processes/ (BPMN, DMN, Camunda Forms) when the application starts, as one
 * deployment so that a form is found by the process that names it. Unchanged models make no new version.
 */
@WebListener
public class ModelDeployment implements ServletContextListener {

    static final String DEPLOYMENT_NAME = "sferum-workflow";
    private static final String CLASSES = "/WEB-INF/classes/";
    private static final String MODELS = CLASSES + "processes/";

    private static final Logger LOG = Logger.getLogger(ModelDeployment.class.getName());

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        TreeMap<String, byte[]> models = new TreeMap<>();
        collect(context, MODELS, models);

        DeploymentBuilder deployment = bootstrap.processEngine().getRepositoryService()
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("processes/")
                .enableDuplicateFiltering(false); // nothing new when nothing changed; else all models anew,
                // so that every form stays in the deployment of the process that names it
        models.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
        Deployment deployed = deployment.deployWithResult();
        LOG.info("Модели процессов: " + models.size() + " файлов, развёртывание " + deployed.getId());
        applyTimeToLive();
    }

    /**
     * SFERUM_HISTORY_TTL_DAYS over the models' own historyTimeToLive, for every version of each named process, only
     * where it differs (so that nodes starting together do not rewrite the same rows); the history of instances that
     * already ended gets its removal time anew in a batch, since the engine stamps it when an instance ends. An
     * unknown process key stops the start: a typo must not keep personal data longer than intended.
     */
    private void applyTimeToLive() {
        var engine = bootstrap.processEngine();
        var repository = engine.getRepositoryService();
        HistoryRetention.timeToLive(Settings.HISTORY_TTL_DAYS.get()).forEach((key, days) -> {
            var definitions = repository.createProcessDefinitionQuery().processDefinitionKey(key).list();
            if (definitions.isEmpty()) {
                throw new IllegalStateException("SFERUM_HISTORY_TTL_DAYS: процесса с ключом «" + key + "» нет. "
                        + "Ключи процессов — в папке processes/ (атрибут id у bpmn:process).");
            }
            var changed = definitions.stream().filter(definition -> !Integer.valueOf(days)
                    .equals(definition.getHistoryTimeToLive())).toList();
            changed.forEach(definition -> repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
            if (!changed.isEmpty()) {
                var history = engine.getHistoryService();
                var ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished();
                if (ended.count() > 0) {
                    history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byQuery(ended)
                            .executeAsync();
                }
                LOG.info("SFERUM_HISTORY_TTL_DAYS: история процесса " + key + " хранится " + days + " дн.");
            }
        });
    }

    private static void collect(ServletContext context, String folder, TreeMap<String, byte[]> models) {
        Set<String> paths = context.getResourcePaths(folder);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collect(context, path, models);
            } else if (path.endsWith(".bpmn") || path.endsWith(".dmn") || path.endsWith(".form")) {
                models.put(path.substring(CLASSES.length()), read(context, path));
            }
        }
    }

    private static byte[] read(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось прочитать модель " + path, e);
        }
    }
}
