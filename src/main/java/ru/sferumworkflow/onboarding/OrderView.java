package ru.sferumworkflow.onboarding;

import java.util.HashMap;
import java.util.Map;

/** The approved order's data that the registration forms show (the form variables of the order). */
final class OrderView {

    private OrderView() {
    }

    static Map<String, Object> variables(AppointmentOrder order) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OrderVariables.NUMBER, order.number());
        variables.put(OrderVariables.DATE, order.date().toString());
        variables.put(OrderVariables.ADMIN_FULL_NAME, order.adminFullName());
        variables.put(OrderVariables.ADMIN_EMAIL, order.adminEmail());
        variables.put(OrderVariables.ADMIN_PHONE, order.adminPhone());
        return variables;
    }
}
