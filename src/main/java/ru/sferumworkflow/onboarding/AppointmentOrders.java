package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

/** Where appointment orders are kept. */
public interface AppointmentOrders {

    Optional<AppointmentOrder> find(String id);

    /** Orders whose number reads the same (case and look-alike letters aside); withdrawn ones are not. */
    List<AppointmentOrder> findByNumber(String collegeId, String number);

    /** The order drafted in that process instance — never taken from a process variable, which a client can set. */
    Optional<AppointmentOrder> findByProcessInstance(String processInstanceId);

    /** True when another order of the college already has this number. */
    default boolean numberTaken(String collegeId, String number, String exceptOrderId) {
        return findByNumber(collegeId, number).stream().anyMatch(order -> !order.id().equals(exceptOrderId));
    }

    void save(AppointmentOrder order);
}
