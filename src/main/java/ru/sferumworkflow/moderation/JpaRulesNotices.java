package ru.sferumworkflow.moderation;

import java.util.List;
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

    /** The letters of one version, in a fixed order: the model's letter number N is the N-th. */
    public List<RulesNotice> ofRules(String rulesId) {
        return em.createQuery("select n from RulesNotice n where n.rulesId = :rules order by n.id", RulesNotice.class)
                .setParameter("rules", rulesId).getResultList();
    }

    public Optional<RulesNotice> byTokenHash(String hash) {
        return em.createQuery("select n from RulesNotice n where n.tokenHash = :hash", RulesNotice.class)
                .setParameter("hash", hash).getResultList().stream().findFirst();
    }

    public Optional<ChatRulesVersion> rules(String rulesId) {
        return Optional.ofNullable(em.find(ChatRulesVersion.class, rulesId));
    }
}
