package ru.sferumworkflow.moderation;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Members' complaint links, and how many complaints a member filed lately. */
@ApplicationScoped
public class JpaMemberLinks {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<MemberLink> link(String id) {
        return Optional.ofNullable(id == null ? null : em.find(MemberLink.class, id));
    }

    public Optional<MemberLink> byTokenHash(String hash) {
        return em.createQuery("select l from MemberLink l where l.tokenHash = :hash", MemberLink.class)
                .setParameter("hash", hash).getResultList().stream().findFirst();
    }

    public boolean exists(String membershipId) {
        return !em.createQuery("select l.id from MemberLink l where l.membershipId = :membership", String.class)
                .setParameter("membership", membershipId).getResultList().isEmpty();
    }

    public long complaintsSince(String reportedBy, OffsetDateTime since) {
        return em.createQuery("select count(b) from Breach b where b.reportedBy = :by and b.reportedAt >= :since",
                        Long.class)
                .setParameter("by", reportedBy).setParameter("since", since).getSingleResult();
    }
}
