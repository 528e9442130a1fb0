package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.CollegeTenantIdProvider;

/** «Приказ утверждён»: the approved order starts the registration of the college on the platform. */
@Dependent
@Named("startCollegeRegistration")
public class StartCollegeRegistration implements JavaDelegate {

    public static final String MESSAGE = "appointmentOrderApproved";

    private final AppointmentOrders orders;

    @Inject
    public StartCollegeRegistration(AppointmentOrders orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppointmentOrder order = orders.findByProcessInstance(execution.getProcessInstanceId()).orElseThrow();
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .setVariable(OrderVariables.ORDER_ID, order.id())
                .setVariable(CollegeTenantIdProvider.COLLEGE_VARIABLE, execution.getTenantId())
                .correlateStartMessage();
    }
}
