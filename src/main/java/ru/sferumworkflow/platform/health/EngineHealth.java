package ru.sferumworkflow.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;

/** Ready when the process engine is built, its job executor runs, and the models are deployed. */
@Readiness
@ApplicationScoped
public class EngineHealth implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        try {
            ProcessEngine engine = bootstrap.processEngine();
            boolean jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
                    .isActive();
            long models = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            return HealthCheckResponse.named("process-engine").status(jobs && models > 0)
                    .withData("jobExecutor", jobs).withData("processDefinitions", models).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
