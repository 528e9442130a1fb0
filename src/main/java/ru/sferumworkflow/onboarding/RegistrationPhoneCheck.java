package ru.sferumworkflow.onboarding;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.PhoneNumbers;

/**
 * «Зарегистрироваться на платформе» completed: the administrator registered with exactly the number of the
 * request — the platform gives administrator rights only to that number (seed §20.1).
 */
@Dependent
@Named("registrationPhoneCheck")
public class RegistrationPhoneCheck implements ExecutionListener {

    private final AppointmentOrders orders;
    private final RegistrationRequests requests;

    @Inject
    public RegistrationPhoneCheck(AppointmentOrders orders, RegistrationRequests requests) {
        this.orders = orders;
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String orderId = requests.latestOfProcess(execution.getProcessInstanceId()).orElseThrow().orderId();
        AppointmentOrder order = orders.find(orderId).orElseThrow();
        String phone = PhoneNumbers.normalizeMobile(FormValues.text(execution.getVariable(RegistrationVariables.REGISTERED_PHONE)))
                .orElse(null);
        if (phone == null) {
            throw FormErrors.refusal("Номер, с которым вы зарегистрировались: " + PhoneNumbers.HINT + ".");
        }
        if (!phone.equals(order.adminPhone())) {
            // The message is logged by the engine: the number is shown in the form, not repeated here.
            throw FormErrors.refusal("Этот номер не совпадает с номером из заявки (он показан выше): платформа даёт "
                    + "права администратора только номеру из заявки. Зарегистрируйтесь с ним; если номер сменился, "
                    + "нужен новый приказ.");
        }
        execution.setVariable(RegistrationVariables.REGISTERED_PHONE, phone);
    }
}
