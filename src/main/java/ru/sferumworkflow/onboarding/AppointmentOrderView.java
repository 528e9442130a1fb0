package ru.sferumworkflow.onboarding;

import ru.sferumworkflow.platform.rest.JsonTime;

/** An appointment order as the REST API shows it. */
public record AppointmentOrderView(
        String id,
        String number,
        String date,
        String status,
        String statusTitle,
        String adminFullName,
        String adminPosition,
        String adminEmail,
        String adminPhone,
        String secondFullName,
        String secondPosition,
        String draftedBy,
        String decidedBy,
        String decidedAt,
        String directorComment,
        String processInstanceId) {

    static AppointmentOrderView of(AppointmentOrder order) {
        return new AppointmentOrderView(order.id(), order.number(), order.date().toString(), order.status().name(),
                order.status().title(), order.adminFullName(), order.adminPosition(), order.adminEmail(),
                order.adminPhone(), order.secondFullName(), order.secondPosition(), order.draftedBy(),
                order.decidedBy(), JsonTime.of(order.decidedAt()),
                order.directorComment(), order.processInstanceId());
    }
}
