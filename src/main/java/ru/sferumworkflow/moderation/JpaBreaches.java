package ru.sferumworkflow.moderation;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.validation.FormErrors;

/** Breaches of chats' rules. */
@ApplicationScoped
public class JpaBreaches {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(Object entity) {
        em.persist(entity);
    }

    public Optional<Breach> ofProcess(String processInstanceId) {
        return em.createQuery("select b from Breach b where b.processInstanceId = :process", Breach.class)
                .setParameter("process", processInstanceId).getResultList().stream().findFirst();
    }

    /** Whether the person breached this chat's rules before, within the period (SFERUM_BREACH_PERIOD_DAYS). */
    public boolean isRepeated(Breach breach) {
        return earlierBreaches(breach.chatId(), breach.personId(),
                breach.reportedAt().minusDays(Settings.BREACH_PERIOD_DAYS.positiveInt()), breach.id()) > 0;
    }

    /** The person's restriction in this chat that is still running, if any. */
    public Optional<Breach> runningRestriction(String chatId, String personId) {
        return em.createQuery("select b from Breach b where b.chatId = :chat and b.personId = :person"
                        + " and b.outcome = :restricted", Breach.class)
                .setParameter("chat", chatId).setParameter("person", personId)
                .setParameter("restricted", BreachOutcome.RESTRICTED).getResultList().stream().findFirst();
    }

    /** Refuses when another breach of the same person in the same chat already restricts them. */
    public void refuseOverRunningRestriction(Breach breach) {
        runningRestriction(breach.chatId(), breach.personId()).filter(running -> !running.id().equals(breach.id()))
                .ifPresent(running -> {
                    throw FormErrors.refusal("Доступ этого участника к чату уже ограничен до "
                            + RestrictionMail.until(running) + ": новое ограничение поверх действующего не оформляется.");
                });
    }

    public Optional<Breach> byAppealHash(String hash) {
        return em.createQuery("select b from Breach b where b.appealTokenHash = :hash", Breach.class)
                .setParameter("hash", hash).getResultList().stream().findFirst();
    }

    /**
     * The person's earlier breaches in this chat since the given moment (the current one left out). What does not
     * count against them: a complaint the moderator refused or has not yet confirmed, and a restriction the
     * administration lifted on appeal.
     */
    public long earlierBreaches(String chatId, String personId, OffsetDateTime since, String except) {
        return em.createQuery("select count(b) from Breach b where b.chatId = :chat and b.personId = :person"
                        + " and b.reportedAt >= :since and b.id <> :except and b.outcome <> :refused"
                        + " and (b.complaint is null or b.complaint = false)"
                        + " and (b.appealUpheld is null or b.appealUpheld = true)", Long.class)
                .setParameter("chat", chatId).setParameter("person", personId).setParameter("since", since)
                .setParameter("except", except).setParameter("refused", BreachOutcome.REFUSED).getSingleResult();
    }
}
