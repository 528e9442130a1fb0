package ru.sferumworkflow.removal;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;

/** The movement event an instance of «Удаление из чатов» serves: its business key, never a variable a form could change. */
final class RemovalMovement {

    private RemovalMovement() {
    }

    static Movement of(DelegateExecution execution, JpaRoster roster) {
        return roster.movement(execution.getTenantId(), execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No movement event for removal " + execution.getProcessInstanceId()));
    }
}
