package ru.sferumworkflow.platform.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;

/**
 * What an operator watches, in Prometheus' format: requests, mail failures, and — read from the engine at each
 * scrape, so that every node of a cluster reports the same shared figures — open tasks per process, incidents and
 * the job backlog; plus the JVM's own figures (heap, threads, GC).
 */
@ApplicationScoped
public class ApplicationMetrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();

    private Counter requests;
    private Counter mailSent;
    private Counter mailFailures;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @PostConstruct
    void register() {
        requests = Counter.builder().name("sferum_http_requests_total")
                .help("HTTP requests by part of the application and status class").labelNames("area", "status")
                .register(registry);
        mailSent = Counter.builder().name("sferum_mail_sent_total").help("Letters the mail server took")
                .register(registry);
        mailFailures = Counter.builder().name("sferum_mail_failures_total")
                .help("Letters the mail server refused or did not answer for (each attempt; jobs retry)")
                .register(registry);
        GaugeWithCallback.builder().name("sferum_open_tasks").help("Open user tasks per process")
                .labelNames("process").callback(callback -> {
                    ProcessEngine engine = bootstrap.processEngine();
                    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
                            .latestVersion().list()) {
                        callback.call(engine.getTaskService().createTaskQuery()
                                .processDefinitionKey(definition.getKey()).count(), definition.getKey());
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("sferum_incidents").help("Open incidents (failed jobs after their retries)")
                .callback(callback -> callback.call(bootstrap.processEngine().getRuntimeService()
                        .createIncidentQuery().count())).register(registry);
        GaugeWithCallback.builder().name("sferum_jobs_due").help("Jobs due now and not yet done (the backlog)")
                .callback(callback -> callback.call(management().createJobQuery().executable().count()))
                .register(registry);
        GaugeWithCallback.builder().name("sferum_jobs_failing").help("Jobs that failed and wait for a retry")
                .callback(callback -> callback.call(management().createJobQuery().withException().withRetriesLeft()
                        .count())).register(registry);
        JvmMetrics.builder().register(registry);
    }

    private ManagementService management() {
        return bootstrap.processEngine().getManagementService();
    }

    public PrometheusRegistry registry() {
        return registry;
    }

    public void request(String area, int status) {
        requests.labelValues(area, (status / 100) + "xx").inc();
    }

    public void mailSent() {
        mailSent.inc();
    }

    public void mailFailed() {
        mailFailures.inc();
    }
}
