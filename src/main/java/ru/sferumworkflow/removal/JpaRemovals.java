package ru.sferumworkflow.removal;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.Membership;

/** The removals of one movement event and what they need to know of chats and memberships. */
@ApplicationScoped
public class JpaRemovals {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<ChatRemoval> removal(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ChatRemoval.class, id));
    }

    public List<ChatRemoval> ofMovement(String movementId) {
        return em.createQuery("select r from ChatRemoval r where r.movementId = :movement order by r.createdAt, r.id",
                        ChatRemoval.class)
                .setParameter("movement", movementId).getResultList();
    }

    /** The memberships a removal ends, the leaver first, then the parents. */
    public List<Membership> memberships(String removalId) {
        return em.createQuery("select m from Membership m where m.removalId = :removal order by m.role desc, m.id",
                        Membership.class)
                .setParameter("removal", removalId).getResultList();
    }

    /** The open chats whose moderator this person is. */
    public List<Chat> moderatedBy(String collegeId, String personId) {
        return em.createQuery("select c from Chat c where c.collegeId = :college and c.moderatorId = :person"
                        + " and c.closedAt is null order by c.title", Chat.class)
                .setParameter("college", collegeId).setParameter("person", personId).getResultList();
    }

    /** The open chats of a study group. */
    public List<Chat> chatsOfGroup(String groupId) {
        return em.createQuery("select c from Chat c where c.groupId = :group and c.closedAt is null order by c.createdAt",
                        Chat.class)
                .setParameter("group", groupId).getResultList();
    }
}
