package ru.sferumworkflow.verification;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Verifications of the status «учитель». */
@ApplicationScoped
public class JpaVerifications {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(TeacherVerification verification) {
        em.persist(verification);
    }

    public Optional<TeacherVerification> ofProcess(String processInstanceId) {
        return em.createQuery("select v from TeacherVerification v where v.processInstanceId = :process",
                        TeacherVerification.class)
                .setParameter("process", processInstanceId).getResultList().stream().findFirst();
    }

    /** Whether a verification of the person is still running: checked, reviewed, or awaiting the platform step. */
    public boolean isUnderWay(String personId) {
        return em.createQuery("select count(v) from TeacherVerification v where v.personId = :person"
                        + " and v.status in :running", Long.class)
                .setParameter("person", personId).setParameter("running", List.of(VerificationStatus.CHECKING,
                        VerificationStatus.REVIEW, VerificationStatus.CONFIRMED))
                .getSingleResult() > 0;
    }

    /** Whether the person's status «учитель» is confirmed here and on the platform. */
    public boolean isVerified(String personId) {
        return em.createQuery("select count(v) from TeacherVerification v where v.personId = :person"
                        + " and v.status = :verified", Long.class)
                .setParameter("person", personId).setParameter("verified", VerificationStatus.VERIFIED)
                .getSingleResult() > 0;
    }
}
