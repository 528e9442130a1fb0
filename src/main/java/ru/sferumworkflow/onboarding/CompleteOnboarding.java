package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.Clock;

/** «Завершить подключение Техникума»: every set-up step is done; the college is on the platform. */
@Dependent
@Named("completeOnboarding")
public class CompleteOnboarding implements JavaDelegate {

    private final Colleges colleges;

    @Inject
    public CompleteOnboarding(Colleges colleges) {
        this.colleges = colleges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        College college = colleges.find(execution.getTenantId()).orElseGet(() -> new College(execution.getTenantId()));
        college.markOnboarded(Clock.now());
        colleges.save(college);
    }
}
