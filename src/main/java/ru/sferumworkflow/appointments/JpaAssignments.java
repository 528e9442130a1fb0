package ru.sferumworkflow.appointments;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The lines of distributions of class teachers. */
@ApplicationScoped
public class JpaAssignments {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void persist(ClassTeacherAssignment assignment) {
        em.persist(assignment);
    }

    public Optional<ClassTeacherAssignment> find(String id) {
        return Optional.ofNullable(em.find(ClassTeacherAssignment.class, id));
    }

    /** One distribution's lines, in the order they were written. */
    public List<ClassTeacherAssignment> ofProcess(String processInstanceId) {
        return em.createQuery("select a from ClassTeacherAssignment a where a.processInstanceId = :process"
                        + " order by a.lineNo", ClassTeacherAssignment.class)
                .setParameter("process", processInstanceId).getResultList();
    }
}
