package ru.sferumworkflow.chats;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Chats and memberships, always within one college. */
@ApplicationScoped
public class JpaChats {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public List<Chat> chats(String collegeId) {
        return em.createQuery("select c from Chat c where c.collegeId = :college order by c.title", Chat.class)
                .setParameter("college", collegeId).getResultList();
    }

    public Optional<Chat> chat(String collegeId, String id) {
        return Optional.ofNullable(em.find(Chat.class, id)).filter(chat -> chat.collegeId().equals(collegeId));
    }

    public Optional<Membership> membership(String collegeId, String id) {
        return Optional.ofNullable(em.find(Membership.class, id))
                .filter(membership -> membership.collegeId().equals(collegeId));
    }

    /** Every membership of the person, the ended ones too, newest first. */
    public List<Membership> memberships(String personId) {
        return em.createQuery("select m from Membership m where m.personId = :person order by m.since desc",
                        Membership.class)
                .setParameter("person", personId).getResultList();
    }

    public List<Membership> activeMemberships(String personId) {
        return em.createQuery("select m from Membership m where m.personId = :person and m.until is null"
                        + " order by m.since", Membership.class)
                .setParameter("person", personId).getResultList();
    }

    public List<Membership> activeMembers(String chatId) {
        return em.createQuery("select m from Membership m where m.chatId = :chat and m.until is null"
                        + " order by m.since", Membership.class)
                .setParameter("chat", chatId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
