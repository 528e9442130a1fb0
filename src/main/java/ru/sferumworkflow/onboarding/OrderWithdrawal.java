package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The end of «Приказ о назначении администратора Сферума»: when the process is cancelled (in Cockpit) before the
 * order was approved, the draft is marked withdrawn and its number can be used again.
 */
@Dependent
@Named("orderWithdrawal")
public class OrderWithdrawal implements ExecutionListener {

    private final AppointmentOrders orders;

    @Inject
    public OrderWithdrawal(AppointmentOrders orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            return;
        }
        orders.findByProcessInstance(execution.getProcessInstanceId())
                .filter(order -> order.status() != OrderStatus.APPROVED)
                .ifPresent(order -> {
                    order.withdraw();
                    orders.save(order);
                });
    }
}
