package ru.sferumworkflow.onboarding;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Colleges in SFW_COLLEGE and their steps in SFW_ONBOARDING_STEP. */
@ApplicationScoped
public class JpaColleges implements Colleges {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Override
    public Optional<College> find(String id) {
        return Optional.ofNullable(em.find(College.class, id));
    }

    @Override
    public void save(College college) {
        if (em.find(College.class, college.id()) == null) {
            em.persist(college);
        }
        em.flush();
    }

    @Override
    public void record(OnboardingStep step) {
        em.persist(step);
    }

    @Override
    public List<OnboardingStep> steps(String collegeId) {
        return em.createQuery("select s from OnboardingStep s where s.collegeId = :college order by s.doneAt",
                        OnboardingStep.class)
                .setParameter("college", collegeId)
                .getResultList();
    }
}
