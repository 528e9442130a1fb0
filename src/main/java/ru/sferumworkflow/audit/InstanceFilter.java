package ru.sferumworkflow.audit;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.rest.DateParameter;
import ru.sferumworkflow.validation.Refusal;

/**
 * What the auditor filters the instances by: the process (model key), the period the instance started in, its
 * state, the person concerned (the instances {@link AuditTrail#processesOf} finds) and its outcome (the end event it
 * reached). Checked before any query runs.
 */
record InstanceFilter(String process, LocalDate from, LocalDate to, String state, String personId, String outcome) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    static InstanceFilter of(String process, String from, String to, String state, String personId, String outcome) {
        String key = blankToNull(process);
        String end = blankToNull(outcome);
        if (key != null && !KEY.matcher(key).matches() || end != null && !KEY.matcher(end).matches()) {
            throw new Refusal("Процесс и исход — ключи модели: латинские буквы, цифры, «_» и «-».");
        }
        if (end != null && key == null) {
            throw new Refusal("Исход фильтруется внутри одного процесса: выберите процесс.");
        }
        String normalizedState = state == null ? null : blankToNull(state.toUpperCase());
        if (normalizedState != null && !normalizedState.matches("RUNNING|COMPLETED|CANCELED|TERMINATED")) {
            throw new Refusal("Состояние — RUNNING, COMPLETED, CANCELED или TERMINATED.");
        }
        if (end != null && normalizedState != null && !normalizedState.equals("COMPLETED")) {
            throw new Refusal("Исход есть только у завершённых экземпляров: выберите состояние «завершён» или любое.");
        }
        return new InstanceFilter(key, DateParameter.parse(from), DateParameter.parse(to), normalizedState,
                blankToNull(personId), end);
    }

    /**
     * The query, or none when the filter names a person with no process at all (the engine takes no empty set of
     * ids). {@code processesOfPerson} are the instances concerning the filter's person, null without one.
     */
    Optional<HistoricProcessInstanceQuery> query(HistoryService history, String collegeId, Set<String> processesOfPerson) {
        if (processesOfPerson != null && processesOfPerson.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().tenantIdIn(collegeId);
        if (process != null) {
            query.processDefinitionKey(process);
        }
        if (from != null) {
            query.startedAfter(Date.from(from.atStartOfDay(Clock.COLLEGE_ZONE).toInstant()));
        }
        if (to != null) {
            query.startedBefore(Date.from(to.plusDays(1).atStartOfDay(Clock.COLLEGE_ZONE).toInstant()));
        }
        if (state != null) {
            switch (state) {
                case "RUNNING" -> query.unfinished();
                case "COMPLETED" -> query.completed();
                case "CANCELED" -> query.externallyTerminated();
                default -> query.internallyTerminated();
            }
        }
        if (processesOfPerson != null) {
            query.processInstanceIds(processesOfPerson);
        }
        if (outcome != null) {
            query.executedActivityIdIn(outcome);
            if (state == null) {
                // A branch may end while another goes on: the outcome is the end of a finished instance.
                query.completed();
            }
        }
        return Optional.of(query);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
