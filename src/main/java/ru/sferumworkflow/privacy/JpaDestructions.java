package ru.sferumworkflow.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The destructions in SFW_DESTRUCTION. */
@ApplicationScoped
public class JpaDestructions {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public Optional<Destruction> find(String id) {
        return Optional.ofNullable(em.find(Destruction.class, id));
    }

    public Optional<Destruction> ofPerson(String personId) {
        return em.createQuery("select d from Destruction d where d.personId = :person", Destruction.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    public void add(Destruction destruction) {
        em.persist(destruction);
        // The person's unique key: a second proposal in a concurrent transaction fails here, not at commit.
        em.flush();
    }

    public List<Destruction> of(String collegeId) {
        return em.createQuery("select d from Destruction d where d.collegeId = :college order by d.proposedAt desc",
                Destruction.class).setParameter("college", collegeId).setMaxResults(500).getResultList();
    }

    /** Acts and extracts past their three years: cleaned, the row stays so that nobody is proposed again. */
    public int cleanActsKeptUntil(OffsetDateTime now) {
        return em.createQuery("update Destruction d set d.actPdf = null, d.logExtract = null, d.keepUntil = null"
                + " where d.keepUntil < :now").setParameter("now", now).executeUpdate();
    }
}
