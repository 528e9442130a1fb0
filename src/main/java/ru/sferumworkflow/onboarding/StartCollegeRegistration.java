package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.CollegeTenantIdProvider;

/** «Приказ утверждён»: the approved order starts the registration of the college on the platform. */
@Dependent
@Named("startCollegeRegistration")
public class StartCollegeRegistration implements JavaDelegate {

    public static final String MESSAGE = "appointmentOrderApproved";

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .setVariable(OrderVariables.ORDER_ID, execution.getVariable(OrderVariables.ORDER_ID))
                .setVariable(CollegeTenantIdProvider.COLLEGE_VARIABLE, execution.getTenantId())
                .correlateStartMessage();
    }
}
