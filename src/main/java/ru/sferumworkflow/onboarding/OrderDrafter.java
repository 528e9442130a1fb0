package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * For the model: who reworks a returned draft — {@code ${orderDrafter.of(execution)}} — the author kept in the
 * order's row, not a process variable that a form could have changed.
 */
@ApplicationScoped
@Named("orderDrafter")
public class OrderDrafter {

    @Inject
    AppointmentOrders orders;

    public OrderDrafter() {
    }

    public OrderDrafter(AppointmentOrders orders) {
        this.orders = orders;
    }

    public String of(DelegateExecution execution) {
        return orders.findByProcessInstance(execution.getProcessInstanceId())
                .map(AppointmentOrder::draftedBy)
                .orElseThrow(() -> new IllegalStateException("Нет проекта приказа в процессе " + execution.getProcessInstanceId()));
    }
}
