package ru.sferumworkflow.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.instance.Decision;

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
     * Every version of each process keeps its history as long as the newest model says, or SFERUM_HISTORY_TTL_DAYS
     * over it; each decision table as its newest model says. Only definitions that differ are rewritten (so that nodes
     * starting together do not rewrite the same rows), and the history of instances that already ended gets its
     * removal time anew in a batch, since the engine stamps it when an instance ends. An unknown process key in the
     * setting stops the start: a typo must not keep personal data longer than intended.
     */
    private void applyTimeToLive() {
        RepositoryService repository = bootstrap.processEngine().getRepositoryService();
        Map<String, Integer> overrides = HistoryRetention.timeToLive(Settings.HISTORY_TTL_DAYS.value().orElse(null));
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
        Set<String> keys = processes.stream().map(ProcessDefinition::getKey).collect(Collectors.toSet());
        overrides.keySet().stream().filter(key -> !keys.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalStateException("SFERUM_HISTORY_TTL_DAYS: процесса с ключом «" + key + "» нет. "
                    + "Ключи процессов — в папке processes/ (атрибут id у bpmn:process).");
        });
        for (ProcessDefinition latest : processes) {
            Integer days = overrides.containsKey(latest.getKey()) ? overrides.get(latest.getKey())
                    : repository.getBpmnModelInstance(latest.getId()).<Process>getModelElementById(latest.getKey())
                            .getCamundaHistoryTimeToLive();
            if (days != null) {
                retimeProcess(latest.getKey(), days);
            }
        }
        for (DecisionDefinition latest : repository.createDecisionDefinitionQuery().latestVersion().list()) {
            Integer days = repository.getDmnModelInstance(latest.getId()).<Decision>getModelElementById(latest.getKey())
                    .getCamundaHistoryTimeToLive();
            if (days != null) {
                retimeDecision(latest.getKey(), days);
            }
        }
    }

    private void retimeProcess(String key, int days) {
        var engine = bootstrap.processEngine();
        var changed = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).list()
                .stream().filter(definition -> !Integer.valueOf(days).equals(definition.getHistoryTimeToLive())).toList();
        if (changed.isEmpty()) {
            return;
        }
        changed.forEach(definition -> engine.getRepositoryService()
                .updateProcessDefinitionHistoryTimeToLive(definition.getId(), days));
        var history = engine.getHistoryService();
        var ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished();
        if (ended.count() > 0) {
            history.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime().byQuery(ended).executeAsync();
        }
        LOG.info("История процесса " + key + " хранится " + days + " дн. (переписано версий: " + changed.size() + ")");
    }

    private void retimeDecision(String key, int days) {
        var engine = bootstrap.processEngine();
        var changed = engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).list()
                .stream().filter(definition -> !Integer.valueOf(days).equals(definition.getHistoryTimeToLive())).toList();
        if (changed.isEmpty()) {
            return;
        }
        changed.forEach(definition -> engine.getRepositoryService()
                .updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days));
        var history = engine.getHistoryService();
        var evaluated = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(key).rootDecisionInstancesOnly();
        if (evaluated.count() > 0) {
            history.setRemovalTimeToHistoricDecisionInstances().calculatedRemovalTime().byQuery(evaluated).executeAsync();
        }
        LOG.info("История таблицы решений " + key + " хранится " + days + " дн. (переписано версий: " + changed.size() + ")");
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
