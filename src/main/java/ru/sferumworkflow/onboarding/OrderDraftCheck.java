package ru.sferumworkflow.onboarding;

import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.validation.FormErrors;

/**
 * Checks the drafter's form — when the process starts and when a returned draft is resubmitted — and keeps
 * the draft in the orders table. A bad value refuses the whole submission: the process does not advance
 * and the drafter sees what to fix.
 *
 * <p>An execution listener, not a task listener: the engine wraps a task listener's exception into a
 * generic one (REST 500), but lets an execution listener's form refusal through (REST 400 with our text).
 */
@Dependent
@Named("orderDraftCheck")
public class OrderDraftCheck implements ExecutionListener {

    private final AppointmentOrders orders;

    @Inject
    public OrderDraftCheck(AppointmentOrders orders) {
        this.orders = orders;
    }

    /** The start event (the first draft) and the end of «Доработать проект приказа» (the revised one). */
    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // the instance is being cancelled, nothing was submitted
        }
        check(execution, execution.getVariables());
        // The director's last decision has been answered; the next approval starts with a clean form.
        execution.removeVariable(OrderVariables.DECISION);
        execution.removeVariable(OrderVariables.COMMENT);
    }

    private void check(DelegateExecution execution, Map<String, Object> submitted) {
        OrderDraft draft = OrderDraftValidator.validate(submitted, Clock.today());
        String collegeId = execution.getTenantId() != null ? execution.getTenantId() : Settings.COLLEGE_ID.get();
        String orderId = (String) execution.getVariable(OrderVariables.ORDER_ID);

        if (orders.numberTaken(collegeId, draft.number(), orderId)) {
            throw FormErrors.refusal("Приказ № " + draft.number() + " уже есть в Техникуме. Проверьте номер: "
                    + "у каждого приказа он свой.");
        }
        AppointmentOrder order;
        if (orderId == null) {
            String drafter = CurrentUser.id(execution.getProcessEngineServices())
                    .orElse((String) execution.getVariable(OrderVariables.DRAFTER));
            order = AppointmentOrder.draft(collegeId, execution.getProcessInstanceId(), drafter, draft);
        } else {
            order = orders.find(orderId).orElseThrow(() -> new IllegalStateException("Нет приказа " + orderId));
            order.revise(draft);
        }
        orders.save(order);

        execution.setVariables(draft.toVariables());
        execution.setVariable(OrderVariables.ORDER_ID, order.id());
    }
}
