package ru.sferumworkflow.moderation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.sferumworkflow.chats.ChatRulesVersion;

/** The letters about a chat's new rules and the versions they carry. */
@ApplicationScoped
public class JpaRulesNotices {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<RulesNotice> notice(String id) {
        return Optional.ofNullable(id == null ? null : em.find(RulesNotice.class, id));
    }

    public Optional<RulesNotice> byTokenHash(String hash) {
        return em.createQuery("select n from RulesNotice n where n.tokenHash = :hash", RulesNotice.class)
                .setParameter("hash", hash).getResultList().stream().findFirst();
    }

    public Optional<ChatRulesVersion> rules(String rulesId) {
        return Optional.ofNullable(em.find(ChatRulesVersion.class, rulesId));
    }
}
