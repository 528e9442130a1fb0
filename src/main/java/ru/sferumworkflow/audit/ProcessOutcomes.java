package ru.sferumworkflow.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;

import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.rest.ApiErrors;

/** What an instance of a process can end with: the end events of the process itself, the audit list's outcomes. */
final class ProcessOutcomes {

    private ProcessOutcomes() {
    }

    /**
     * The ends of the process itself (not of its subprocesses), id to name, in every version: old instances ended at
     * events a newer model may have renamed or dropped. The newest name of an id wins. An unknown process is a 404.
     */
    static Map<String, String> of(ProcessEngine engine, String process) {
        // Reading models needs a right on the definitions that auditors are not given: the caller was checked.
        return SystemCall.run(engine, () -> {
            List<ProcessDefinition> versions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(process).withoutTenantId().orderByProcessDefinitionVersion().desc().list();
            if (versions.isEmpty()) {
                throw ApiErrors.notFound("Такого процесса нет.");
            }
            Map<String, String> ends = new LinkedHashMap<>();
            for (ProcessDefinition version : versions) {
                engine.getRepositoryService().getBpmnModelInstance(version.getId()).getModelElementsByType(EndEvent.class)
                        .stream().filter(end -> end.getParentElement() instanceof Process)
                        .forEach(end -> ends.putIfAbsent(end.getId(), end.getName() == null ? end.getId() : end.getName()));
            }
            return ends;
        });
    }
}
