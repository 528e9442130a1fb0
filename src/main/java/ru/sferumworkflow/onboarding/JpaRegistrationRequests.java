package ru.sferumworkflow.onboarding;

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
    public Optional<RegistrationRequest> findByReference(String reference) {
        return em.createQuery("select r from RegistrationRequest r where r.reference = :reference", RegistrationRequest.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
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
