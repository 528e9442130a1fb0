package ru.sferumworkflow.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;

import ru.sferumworkflow.platform.Clock;

/** Writes and reads the audit trail, in the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    public void record(String collegeId, String actor, String action, String personId, String objectType,
            String objectId, String detail) {
        em.persist(new AuditEvent(collegeId, Clock.now(), actor, action, personId, objectType, objectId, detail)
                .during(runningInstance()));
    }

    /** The process instance whose step is running on this thread (a delegate, a listener), else null. */
    private static String runningInstance() {
        BpmnExecutionContext running = Context.getBpmnExecutionContext();
        return running == null || running.getExecution() == null ? null : running.getExecution().getProcessInstanceId();
    }

    /** Everything recorded about one object (an invitation, a recipient), oldest first. */
    public List<AuditEvent> ofObject(String objectId) {
        return em.createQuery("select e from AuditEvent e where e.objectId = :object order by e.at", AuditEvent.class)
                .setParameter("object", objectId).getResultList();
    }

    /** Everything recorded about one person, oldest first. */
    public List<AuditEvent> ofPerson(String personId) {
        return em.createQuery("select e from AuditEvent e where e.personId = :person order by e.at", AuditEvent.class)
                .setParameter("person", personId).getResultList();
    }
}
