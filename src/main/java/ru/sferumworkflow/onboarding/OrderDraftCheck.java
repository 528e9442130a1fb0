package ru.sferumworkflow.onboarding;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;

/**
 * Checks the drafter's form — when the process starts and when a returned draft is resubmitted — and saves the
 * draft in the orders table. A bad value refuses the whole submission: the process does not advance and the
 * drafter sees what to fix.
 *
 * <p>An execution listener, not a task listener: the engine wraps a task listener's exception into a generic one
 * (REST 500), but lets an execution listener's form refusal through (REST 400 with our text). The order row is
 * found by the process instance, never by a variable: a client can send any variable with a form.
 */
@Dependent
@Named("orderDraftCheck")
public class OrderDraftCheck implements ExecutionListener {

    /** What the start form may send; anything else is refused rather than stored. */
    static final Set<String> START_FORM_FIELDS = Set.of(OrderVariables.NUMBER, OrderVariables.DATE,
            OrderVariables.ADMIN_FULL_NAME, OrderVariables.ADMIN_POSITION, OrderVariables.ADMIN_EMAIL,
            OrderVariables.ADMIN_PHONE, OrderVariables.SECOND_FULL_NAME, OrderVariables.SECOND_POSITION,
            OrderVariables.DRAFTER);

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
        AppointmentOrder existing = orders.findByProcessInstance(execution.getProcessInstanceId()).orElse(null);
        if (existing == null) {
            refuseUnknownFields(execution.getVariables());
        }
        OrderDraft draft = OrderDraftValidator.validate(execution.getVariables(), Clock.today());
        String collegeId = execution.getTenantId();
        if (orders.numberTaken(collegeId, draft.number(), existing == null ? null : existing.id())) {
            throw numberTaken(draft);
        }
        AppointmentOrder order;
        if (existing == null) {
            String drafter = CurrentUser.id(execution.getProcessEngineServices())
                    .orElse((String) execution.getVariable(OrderVariables.DRAFTER));
            order = AppointmentOrder.draft(collegeId, execution.getProcessInstanceId(), drafter, draft);
        } else {
            order = existing;
            order.revise(draft);
        }
        try {
            orders.save(order);
        } catch (PersistenceException clash) {
            throw numberTaken(draft); // the same number saved a moment ago by someone else
        }

        execution.setVariables(draft.toVariables());
        execution.setVariable(OrderVariables.ORDER_ID, order.id());
        execution.setVariable(OrderVariables.DRAFTER, order.draftedBy());
        // The director's last decision has been answered; the next approval starts with a clean form.
        execution.removeVariable(OrderVariables.DECISION);
        execution.removeVariable(OrderVariables.COMMENT);
    }

    private static void refuseUnknownFields(Map<String, Object> submitted) {
        Set<String> unknown = new TreeSet<>(submitted.keySet());
        unknown.removeAll(START_FORM_FIELDS);
        if (!unknown.isEmpty()) {
            throw FormErrors.refusal("Форма прислала поля, которых в ней нет: " + String.join(", ", unknown)
                    + ". Заполните форму «Приказ о назначении администратора Сферума» в Tasklist.");
        }
    }

    private static RuntimeException numberTaken(OrderDraft draft) {
        return FormErrors.refusal("Приказ № " + draft.number() + " уже есть в Техникуме. Проверьте номер: "
                + "у каждого приказа он свой.");
    }
}
