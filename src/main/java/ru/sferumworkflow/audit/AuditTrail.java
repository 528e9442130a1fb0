package ru.sferumworkflow.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Comment;

import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.JpaRoster;

/**
 * The one trail an auditor reads: the engine's history (steps, who did each task, the values forms submitted,
 * comments, decision tables, timers, incidents) merged with the domain audit events, for one process instance; and
 * for one person, every event, membership, consent and process concerning them. Read with the caller's rights.
 */
@ApplicationScoped
public class AuditTrail {

    /** One line of a timeline or a trail, in time order. */
    public record Entry(OffsetDateTime at, String kind, String what, String who, String detail) {
    }

    /** The domain tables whose rows belong to one process instance. */
    private static final String OWN_RECORDS = String.join(" union ",
            Stream.of("SFW_APPOINTMENT_ORDER", "SFW_REGISTRATION_REQUEST", "SFW_INVITATION",
                            "SFW_MOVEMENT", "SFW_BREACH", "SFW_TEACHER_VERIFICATION", "SFW_PUBLICATION", "SFW_BROADCAST")
                    .map(table -> "select ID from " + table + " where PROCESS_INSTANCE_ID = ?1").toList());
    /** The domain records that name a person, with the process instance each belongs to. */
    private static final String PERSON_PROCESSES = String.join(" union ",
            "select PROCESS_INSTANCE_ID from SFW_TEACHER_VERIFICATION where PERSON_ID = ?1 and COLLEGE_ID = ?2",
            "select PROCESS_INSTANCE_ID from SFW_MOVEMENT where PERSON_ID = ?1 and COLLEGE_ID = ?2",
            "select PROCESS_INSTANCE_ID from SFW_BREACH where PERSON_ID = ?1 and COLLEGE_ID = ?2",
            "select i.PROCESS_INSTANCE_ID from SFW_INVITATION i join SFW_INVITATION_RECIPIENT r on r.INVITATION_ID = i.ID"
                    + " where r.PERSON_ID = ?1 and i.COLLEGE_ID = ?2",
            "select PROCESS_INSTANCE_ID from SFW_AUDIT_EVENT where PERSON_ID = ?1 and COLLEGE_ID = ?2");
    /** The instances started with a person's id as the variable «personId» (a verification from a join request…). */
    private static final String PERSON_VARIABLE = "select distinct PROC_INST_ID_ from ACT_HI_VARINST"
            + " where NAME_ = 'personId' and TEXT_ = ?1 and PROC_INST_ID_ is not null";
    private static final int VALUE_LENGTH = 300;

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    public List<Entry> timeline(HistoricProcessInstance instance) {
        ProcessEngine engine = bootstrap.processEngine();
        HistoryService history = engine.getHistoryService();
        String id = instance.getId();
        List<Entry> entries = new ArrayList<>();
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceId(id).list()
                .forEach(task -> tasks.put(task.getActivityInstanceId(), task));
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderByHistoricActivityInstanceStartTime().asc().list()) {
            String type = step.getActivityType();
            if (type.endsWith("Gateway") || type.equals("multiInstanceBody")) {
                continue;
            }
            String name = step.getActivityName() == null ? step.getActivityId() : step.getActivityName();
            String kind = kind(type);
            entries.add(new Entry(at(step.getStartTime()), kind, name, null,
                    type.equals("userTask") ? "задача создана" : type.endsWith("EndEvent") ? "завершён" : "начат"));
            if (step.getEndTime() != null && waits(type)) {
                HistoricTaskInstance task = tasks.get(step.getId());
                entries.add(new Entry(at(step.getEndTime()), kind, name, task == null ? null : task.getAssignee(),
                        step.isCanceled() ? "прервано" : type.equals("userTask") ? "выполнена"
                                : type.toLowerCase(Locale.ROOT).contains("timer") ? "сработал" : "получено"));
            }
        }
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                .orderByTime().asc().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            // A form's values are set when its task completes: they belong to that task's step.
            HistoricTaskInstance task = tasks.get(update.getActivityInstanceId());
            entries.add(new Entry(at(update.getTime()), "Значение", update.getVariableName(),
                    task == null ? null : task.getAssignee(), value(update.getValue())));
        }
        for (Comment comment : engine.getTaskService().getProcessInstanceComments(id)) {
            entries.add(new Entry(at(comment.getTime()), "Комментарий", "", comment.getUserId(),
                    comment.getFullMessage()));
        }
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(id)
                .includeInputs().includeOutputs().list()) {
            StringBuilder outputs = new StringBuilder();
            decision.getOutputs().forEach(output -> outputs.append(outputs.isEmpty() ? "" : "; ")
                    .append(output.getVariableName()).append(" = ").append(value(output.getValue())));
            entries.add(new Entry(at(decision.getEvaluationTime()), "Таблица решений", decision.getDecisionDefinitionName(),
                    null, outputs.toString()));
        }
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(id).list()) {
            entries.add(new Entry(at(incident.getCreateTime()), "Инцидент", incident.getActivityId(), null,
                    incident.getIncidentMessage()));
            if (incident.getEndTime() != null) {
                entries.add(new Entry(at(incident.getEndTime()), "Инцидент", incident.getActivityId(), null,
                        incident.isResolved() ? "устранён" : "закрыт"));
            }
        }
        Set<String> objects = new HashSet<>(ownRecords(id));
        objects.add(id);
        // Two indexed lookups rather than one «or», which the databases answer by reading the whole journal.
        Map<String, AuditEvent> events = new LinkedHashMap<>();
        events("select e from AuditEvent e where e.collegeId = :college and e.processInstanceId = :instance",
                Map.of("college", instance.getTenantId(), "instance", id))
                .forEach(event -> events.put(event.id(), event));
        events("select e from AuditEvent e where e.collegeId = :college and e.objectId in :objects",
                Map.of("college", instance.getTenantId(), "objects", objects))
                .forEach(event -> events.putIfAbsent(event.id(), event));
        events.values().forEach(event -> entries.add(journal(event)));
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    public List<Entry> personTrail(String collegeId, String personId) {
        List<Entry> entries = new ArrayList<>();
        events("select e from AuditEvent e where e.collegeId = :college and e.personId = :person",
                Map.of("college", collegeId, "person", personId)).forEach(event -> entries.add(journal(event)));
        for (Membership membership : chats.memberships(personId)) {
            String chat = chats.chat(collegeId, membership.chatId()).map(found -> found.title()).orElse("?");
            entries.add(new Entry(membership.since(), "Участие в чате", chat, null,
                    "вступил(а), роль " + membership.role().title()));
            if (membership.until() != null) {
                entries.add(new Entry(membership.until(), "Участие в чате", chat, membership.endedBy(),
                        "вышел(вышла): " + membership.endReason()));
            }
        }
        for (Consent consent : roster.consents(personId)) {
            entries.add(new Entry(consent.givenAt(), "Согласие", consent.purpose(), null,
                    "дано (" + consent.method() + ")" + (consent.givenById().equals(personId) ? "" : " родителем")));
            if (consent.withdrawnAt() != null) {
                entries.add(new Entry(consent.withdrawnAt(), "Согласие", consent.purpose(), null, "отозвано"));
            }
        }
        Set<String> processes = processesOf(collegeId, personId);
        if (!processes.isEmpty()) {
            for (HistoricProcessInstance instance : bootstrap.processEngine().getHistoryService()
                    .createHistoricProcessInstanceQuery().tenantIdIn(collegeId).processInstanceIds(processes)
                    // Ordered and paged as the list is: without it the database walked every instance in id order.
                    .orderByProcessInstanceStartTime().asc().listPage(0, 1000)) {
                entries.add(new Entry(at(instance.getStartTime()), "Процесс", instance.getProcessDefinitionName(), null,
                        "начат, экземпляр " + instance.getId()));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    /**
     * The process instances concerning a person: those whose records name them (a verification, a movement, a breach,
     * an invitation they received, a journal entry about them) and those started with their id as «personId».
     */
    @SuppressWarnings("unchecked")
    public Set<String> processesOf(String collegeId, String personId) {
        Set<String> found = new HashSet<>();
        for (Object id : em.createNativeQuery(PERSON_PROCESSES).setParameter(1, personId).setParameter(2, collegeId)
                .getResultList()) {
            if (id != null) {
                found.add((String) id);
            }
        }
        // Read from the engine's history table by the variable's name and value, by its index on the name: the
        // engine's own query (and one with the college too) walked the college's every variable — seconds at a
        // million rows. The instances are then read with the college as a condition.
        for (Object id : em.createNativeQuery(PERSON_VARIABLE).setParameter(1, personId).getResultList()) {
            found.add((String) id);
        }
        return found;
    }

    /**
     * The ids of the domain records this instance runs (an invitation, an order, a verification…): events about them
     * written outside the process (a claim on the join page, a revocation over REST) belong to its timeline too.
     */
    @SuppressWarnings("unchecked")
    private List<String> ownRecords(String processInstanceId) {
        return em.createNativeQuery(OWN_RECORDS).setParameter(1, processInstanceId).getResultList();
    }

    private List<AuditEvent> events(String query, Map<String, Object> parameters) {
        var typed = em.createQuery(query + " order by e.at", AuditEvent.class);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    private static Entry journal(AuditEvent event) {
        return new Entry(event.at(), "Журнал", event.action(), event.actor(), event.detail());
    }

    /** Steps that wait for someone or something: their end is an event of its own (done, fired, received). */
    private static boolean waits(String type) {
        return type.equals("userTask") || type.equals("receiveTask") || type.startsWith("intermediate")
                || type.startsWith("boundary");
    }

    private static String kind(String type) {
        if (type.equals("userTask")) {
            return "Задача";
        }
        if (type.endsWith("Task")) {
            return "Шаг";
        }
        if (type.endsWith("StartEvent")) {
            return "Начало";
        }
        if (type.endsWith("EndEvent")) {
            return "Конец";
        }
        return type.toLowerCase(Locale.ROOT).contains("timer") ? "Таймер" : "Событие";
    }

    static String value(Object value) {
        if (value == null) {
            return "—";
        }
        String text = value.toString();
        return text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH) + "…" : text;
    }

    private static OffsetDateTime at(Date date) {
        return date == null ? OffsetDateTime.MIN : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
