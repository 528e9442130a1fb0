package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Appointment orders in our own table, in the same JTA transaction as the engine's step. */
@ApplicationScoped
public class JpaAppointmentOrders implements AppointmentOrders {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Override
    public Optional<AppointmentOrder> find(String id) {
        return Optional.ofNullable(em.find(AppointmentOrder.class, id));
    }

    @Override
    public List<AppointmentOrder> findByNumber(String collegeId, String number) {
        return em.createQuery("select o from AppointmentOrder o where o.collegeId = :college and o.numberKey = :key",
                        AppointmentOrder.class)
                .setParameter("college", collegeId)
                .setParameter("key", OrderNumbers.key(number))
                .getResultList();
    }

    @Override
    public Optional<AppointmentOrder> findByProcessInstance(String processInstanceId) {
        return em.createQuery("select o from AppointmentOrder o where o.processInstanceId = :process", AppointmentOrder.class)
                .setParameter("process", processInstanceId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void save(AppointmentOrder order) {
        if (em.find(AppointmentOrder.class, order.id()) == null) {
            em.persist(order);
        }
        // Write now, so that a unique-number clash surfaces in this step and not at commit.
        em.flush();
    }
}
