package ru.sferumworkflow.invitation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Invitations and their recipients. */
@ApplicationScoped
public class JpaInvitations {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<Invitation> find(String id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    public Optional<Invitation> ofProcess(String processInstanceId) {
        return em.createQuery("select i from Invitation i where i.processInstanceId = :process", Invitation.class)
                .setParameter("process", processInstanceId).getResultList().stream().findFirst();
    }

    /**
     * Raises the invitation's version at commit: every change of its recipients goes through here, so that two
     * transactions changing one invitation at once (a claim and a revocation) cannot both commit.
     */
    public void lockForChange(Invitation invitation) {
        em.lock(invitation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public Optional<Recipient> recipient(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Recipient.class, id));
    }

    public Optional<Recipient> recipientByTokenHash(String hash) {
        return em.createQuery("select r from Recipient r where r.tokenHash = :hash", Recipient.class)
                .setParameter("hash", hash).getResultList().stream().findFirst();
    }

    public Optional<Recipient> recipientUnderReview(String executionId) {
        return em.createQuery("select r from Recipient r where r.reviewExecutionId = :execution", Recipient.class)
                .setParameter("execution", executionId).getResultList().stream().findFirst();
    }

    public List<Recipient> recipients(String invitationId) {
        return em.createQuery("select r from Recipient r where r.invitationId = :invitation order by r.listPosition",
                        Recipient.class)
                .setParameter("invitation", invitationId).getResultList();
    }

    /**
     * The invitation of a letter job's process and the recipient at the job's place in its list (ordered as
     * {@link #recipients}), in one query: each of thousands of letter jobs reads only its own recipient, by one
     * index entry.
     */
    public Letter letter(String processInstanceId, int position) {
        Object[] row = em.createQuery("select i, r from Invitation i, Recipient r where i.processInstanceId = :process"
                        + " and r.invitationId = i.id and r.listPosition = :position", Object[].class)
                .setParameter("process", processInstanceId).setParameter("position", position).getSingleResult();
        return new Letter((Invitation) row[0], (Recipient) row[1]);
    }

    public record Letter(Invitation invitation, Recipient recipient) {
    }

    /** The person's personal links that are still usable: not yet sent, or sent and not yet followed. */
    public List<Recipient> unusedLinksOf(String personId) {
        return em.createQuery("select r from Recipient r where r.personId = :person and r.status in :statuses",
                        Recipient.class)
                .setParameter("person", personId)
                .setParameter("statuses", List.of(RecipientStatus.PENDING, RecipientStatus.SENT))
                .getResultList();
    }

    /** The college's invitations, newest first; only those one user issued when {@code issuedBy} is given. */
    public List<Invitation> ofCollege(String collegeId, String issuedBy, int first, int max) {
        TypedQuery<Invitation> query = em.createQuery("select i from Invitation i where i.collegeId = :college"
                        + (issuedBy == null ? "" : " and i.issuedBy = :issuer") + " order by i.issuedAt desc",
                        Invitation.class)
                .setParameter("college", collegeId);
        if (issuedBy != null) {
            query.setParameter("issuer", issuedBy);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }
}
