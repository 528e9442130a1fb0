package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * Checks the director's decision when «Утвердить приказ…» is completed: approve, or return with a comment
 * that says what to fix — and never by the person who drafted the order. Puts who decided, and the trimmed
 * comment, into the process for «Записать решение директора». Runs at the end of the task (see OrderDraftCheck
 * for why an execution listener).
 */
@Dependent
@Named("directorDecisionCheck")
public class DirectorDecisionCheck implements ExecutionListener {

    static final int MAX_COMMENT_LENGTH = 2000;

    private final AppointmentOrders orders;

    @Inject
    public DirectorDecisionCheck(AppointmentOrders orders) {
        this.orders = orders;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = execution.getVariable(OrderVariables.DECISION);
        String comment = FormValues.text(execution.getVariable(OrderVariables.COMMENT));

        FormErrors errors = new FormErrors();
        if (!OrderVariables.APPROVE.equals(decision) && !OrderVariables.RETURN.equals(decision)) {
            errors.add("Выберите решение: «Утвердить» или «Вернуть на доработку».");
        } else if (OrderVariables.RETURN.equals(decision) && comment.isEmpty()) {
            errors.add("Напишите комментарий: что исправить в проекте приказа.");
        }
        if (comment.length() > MAX_COMMENT_LENGTH) {
            errors.add("Комментарий не длиннее " + MAX_COMMENT_LENGTH + " знаков.");
        }
        String director = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        if (director == null) {
            errors.add("Не удалось определить, кто принимает решение: войдите в Tasklist под своей учётной записью.");
        } else if (director.equals(orders.findByProcessInstance(execution.getProcessInstanceId())
                .map(AppointmentOrder::draftedBy).orElse(null))) {
            errors.add("Этот проект подготовили вы сами: решение по нему принимает другой член группы «Директор».");
        }
        errors.throwIfAny();

        execution.setVariable(OrderVariables.DECIDED_BY, director);
        if (OrderVariables.RETURN.equals(decision)) {
            execution.setVariable(OrderVariables.COMMENT, comment);
        } else {
            execution.removeVariable(OrderVariables.COMMENT);
        }
    }
}
