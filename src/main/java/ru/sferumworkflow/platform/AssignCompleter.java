package ru.sferumworkflow.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A group task completed without being claimed is assigned to the user who completes it, so that the
 * task's history (Tasklist, Cockpit, audit) always names who did it.
 */
@Dependent
@Named("assignCompleter")
public class AssignCompleter implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            CurrentUser.id(task.getProcessEngineServices()).ifPresent(task::setAssignee);
        }
    }
}
