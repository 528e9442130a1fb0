package ru.sferumworkflow.chats;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of «Удалить из чатов Сферума»: the administrator confirms the removal on the platform, and every
 * membership the event concerns ends with the reason, the order and who confirmed it. The rows stay.
 */
@Dependent
@Named("endMemberships")
public class EndMemberships implements ExecutionListener {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(RemovalVariables.REMOVED))) {
            throw FormErrors.refusal("Отметьте, что человек удалён из перечисленных чатов на платформе, "
                    + "— или вернитесь к задаче, когда удалите.");
        }
        Movement movement = RemovalMovement.of(execution, roster);
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        RemovalScope.membershipsToEnd(movement, chats.activeMemberships(movement.personId()), chats)
                .forEach(membership -> membership.end(RemovalScope.reason(movement), RemovalScope.document(movement),
                        by, Clock.now()));
    }
}
