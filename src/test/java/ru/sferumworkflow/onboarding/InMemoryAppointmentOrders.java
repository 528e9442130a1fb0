package ru.sferumworkflow.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The orders table for process tests; the JPA one is exercised by the tests against the server. */
class InMemoryAppointmentOrders implements AppointmentOrders {

    private final Map<String, AppointmentOrder> rows = new LinkedHashMap<>();

    @Override
    public Optional<AppointmentOrder> find(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<AppointmentOrder> findByNumber(String collegeId, String number) {
        return rows.values().stream()
                .filter(order -> order.collegeId().equals(collegeId) && order.status() != OrderStatus.WITHDRAWN
                        && OrderNumbers.key(order.number()).equals(OrderNumbers.key(number)))
                .toList();
    }

    @Override
    public Optional<AppointmentOrder> findByProcessInstance(String processInstanceId) {
        return rows.values().stream().filter(order -> processInstanceId.equals(order.processInstanceId())).findFirst();
    }

    @Override
    public void save(AppointmentOrder order) {
        rows.put(order.id(), order);
    }

    List<AppointmentOrder> all() {
        return List.copyOf(rows.values());
    }

    void clear() {
        rows.clear();
    }
}
