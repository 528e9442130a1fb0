package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

/** Where appointment orders are kept. */
public interface AppointmentOrders {

    Optional<AppointmentOrder> find(String id);

    List<AppointmentOrder> findByNumber(String collegeId, String number);

    /** True when another order of the college already has this number. */
    default boolean numberTaken(String collegeId, String number, String exceptOrderId) {
        return findByNumber(collegeId, number).stream().anyMatch(order -> !order.id().equals(exceptOrderId));
    }

    void save(AppointmentOrder order);
}
