package ru.sferumworkflow.channels;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Broadcasts of a college. */
@ApplicationScoped
public class JpaBroadcasts {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Broadcast broadcast) {
        em.persist(broadcast);
    }

    public Optional<Broadcast> ofProcess(String processInstanceId) {
        return em.createQuery("select b from Broadcast b where b.processInstanceId = :process", Broadcast.class)
                .setParameter("process", processInstanceId).getResultList().stream().findFirst();
    }

    /** The broadcasts from one moment to another, by their start: the plan. */
    public List<Broadcast> between(String collegeId, OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("select b from Broadcast b where b.collegeId = :college and b.startsAt >= :from"
                        + " and b.startsAt < :to order by b.startsAt", Broadcast.class)
                .setParameter("college", collegeId).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
