package ru.sferumworkflow.onboarding;

import static ru.sferumworkflow.onboarding.RegistrationVariables.COVER_NOTE;
import static ru.sferumworkflow.onboarding.RegistrationVariables.REFERENCE;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.Settings;

/**
 * «Подготовить заявку на регистрацию»: a new request with the next reference of the year (СФЕРУМ-2026-0001),
 * to the platform's support address; the forms of this process get the order's content to show.
 */
@Dependent
@Named("prepareRegistrationRequest")
public class PrepareRegistrationRequest implements JavaDelegate {

    private final AppointmentOrders orders;
    private final RegistrationRequests requests;

    @Inject
    public PrepareRegistrationRequest(AppointmentOrders orders, RegistrationRequests requests) {
        this.orders = orders;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The first request takes the order the process was started with (no form has run yet); a request
        // sent again after a refusal takes the order of the previous request.
        String orderId = requests.latestOfProcess(execution.getProcessInstanceId())
                .map(RegistrationRequest::orderId)
                .orElse((String) execution.getVariable(OrderVariables.ORDER_ID));
        AppointmentOrder order = orders.find(orderId).orElseThrow();
        int year = Clock.today().getYear();
        // A clash with a request prepared at the same moment fails on the unique reference; the job retries.
        RegistrationRequest request = new RegistrationRequest(order.collegeId(), order.id(),
                execution.getProcessInstanceId(), year, requests.lastSequenceNo(year) + 1,
                Settings.SUPPORT_ADDRESS.get(), (String) execution.getVariable(COVER_NOTE));
        requests.save(request);

        execution.setVariable(REFERENCE, request.reference());
        execution.setVariables(order.content().toVariables()); // what the forms of this process show
    }
}
