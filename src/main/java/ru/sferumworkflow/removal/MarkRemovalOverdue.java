package ru.sferumworkflow.removal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;

/** The moderator's day has passed: the removal goes to the administrators, and the trail says so. */
@Dependent
@Named("markRemovalOverdue")
public class MarkRemovalOverdue implements ExecutionListener {

    @Inject
    JpaRemovals removals;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        ChatRemoval removal = removals.removal((String) execution.getVariable(RemovalVariables.REMOVAL_ID)).orElseThrow();
        removal.escalated(Clock.now());
        audit.record(removal.collegeId(), null, "CHAT_REMOVAL_OVERDUE", null, "CHAT", removal.chatId(),
                "Модератор не подтвердил удаление за 1 рабочий день: задача передана администраторам Сферума");
    }
}
