package ru.sferumworkflow.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;

/** After the director's decision: the distribution is approved or refused as a whole, every line alike. */
@Dependent
@Named("decideAssignments")
public class DecideAssignments implements ExecutionListener {

    @Inject
    JpaAssignments assignments;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = Boolean.TRUE.equals(execution.getVariable(AppointmentVariables.APPROVED));
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        assignments.ofProcess(execution.getProcessInstanceId())
                .forEach(assignment -> assignment.decided(approved, by, Clock.now()));
    }
}
