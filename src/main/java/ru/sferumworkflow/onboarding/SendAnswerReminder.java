package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.platform.mail.Mailer;

/** «Напомнить администратору»: three working days without the platform's answer. */
@Dependent
@Named("sendAnswerReminder")
public class SendAnswerReminder implements JavaDelegate {

    private final RegistrationRequests requests;
    private final AppointmentOrders orders;
    private final OrderContext context;
    private final Mailer mailer;

    @Inject
    public SendAnswerReminder(RegistrationRequests requests, AppointmentOrders orders, OrderContext context,
            Mailer mailer) {
        this.requests = requests;
        this.orders = orders;
        this.context = context;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationRequest request = requests.latestOfProcess(execution.getProcessInstanceId()).orElseThrow();
        AppointmentOrder order = orders.find(request.orderId()).orElseThrow();
        mailer.send(RegistrationMail.reminder(request, order, context.collegeName(order.collegeId())));
    }
}
