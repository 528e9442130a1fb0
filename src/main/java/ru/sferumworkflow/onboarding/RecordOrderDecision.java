package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.Clock;

/** «Записать решение директора»: the order's row gets the decision, its author and time. */
@Dependent
@Named("recordOrderDecision")
public class RecordOrderDecision implements JavaDelegate {

    private final AppointmentOrders orders;

    @Inject
    public RecordOrderDecision(AppointmentOrders orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppointmentOrder order = orders.findByProcessInstance(execution.getProcessInstanceId()).orElseThrow();
        String director = (String) execution.getVariable(OrderVariables.DECIDED_BY);
        if (OrderVariables.APPROVE.equals(execution.getVariable(OrderVariables.DECISION))) {
            order.approve(director, Clock.now());
        } else {
            order.returnForRework(director, Clock.now(), (String) execution.getVariable(OrderVariables.COMMENT));
        }
        orders.save(order);
    }
}
