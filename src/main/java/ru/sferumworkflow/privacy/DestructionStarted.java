package ru.sferumworkflow.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The start of «Уничтожение персональных данных», from the daily sweep or called by a withdrawal: the destruction
 * remembers the instance that runs it (the list of destructions links it).
 */
@Dependent
@Named("destructionStarted")
public class DestructionStarted implements ExecutionListener {

    @Inject
    JpaDestructions destructions;

    @Override
    public void notify(DelegateExecution execution) {
        destructions.find((String) execution.getVariable(PrivacyVariables.DESTRUCTION_ID))
                .ifPresent(destruction -> destruction.runBy(execution.getProcessInstanceId()));
    }
}
