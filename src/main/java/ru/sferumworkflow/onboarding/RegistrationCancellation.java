package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The end of «Регистрация Техникума на ИКОП «Сферум»»: when the process is cancelled (in Cockpit) while a request
 * waits, the request is marked cancelled, so that no table says «отправлена» about a request nobody follows.
 */
@Dependent
@Named("registrationCancellation")
public class RegistrationCancellation implements ExecutionListener {

    private final RegistrationRequests requests;

    @Inject
    public RegistrationCancellation(RegistrationRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            return;
        }
        requests.latestOfProcess(execution.getProcessInstanceId()).ifPresent(request -> {
            request.cancel();
            requests.save(request);
        });
    }
}
