package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Registration requests in SFW_REGISTRATION_REQUEST; the unique reference guards against a twin. */
@ApplicationScoped
public class JpaRegistrationRequests implements RegistrationRequests {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Override
    public Optional<RegistrationRequest> find(String id) {
        return Optional.ofNullable(em.find(RegistrationRequest.class, id));
    }

    @Override
    public Optional<RegistrationRequest> findByReference(String reference) {
        return em.createQuery("select r from RegistrationRequest r where r.reference = :reference", RegistrationRequest.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<RegistrationRequest> findByOrder(String orderId) {
        return em.createQuery("select r from RegistrationRequest r where r.orderId = :order order by r.sequenceNo",
                        RegistrationRequest.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    @Override
    public Optional<RegistrationRequest> latestOfProcess(String processInstanceId) {
        return em.createQuery("select r from RegistrationRequest r where r.processInstanceId = :process "
                        + "order by r.year desc, r.sequenceNo desc", RegistrationRequest.class)
                .setParameter("process", processInstanceId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int lastSequenceNo(int year) {
        Integer last = em.createQuery("select max(r.sequenceNo) from RegistrationRequest r where r.year = :year", Integer.class)
                .setParameter("year", year)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public void save(RegistrationRequest request) {
        if (em.find(RegistrationRequest.class, request.id()) == null) {
            em.persist(request);
        }
        em.flush();
    }
}
