package ru.sferumworkflow.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;

/**
 * The end of the director's approval of an appointment (an administrator, a distribution of class teachers):
 * approved, or refused with a comment kept in the process's history.
 */
@Dependent
@Named("recordDirectorDecision")
public class RecordDirectorDecision implements ExecutionListener {

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = FormDecision.choice(execution.getVariable(AppointmentVariables.DIRECTOR_DECISION), "approve",
                "refuse", "Выберите решение: утвердить или отказать.");
        String comment = FormDecision.note(execution.getVariable(AppointmentVariables.DIRECTOR_COMMENT), !approved,
                "Напишите, почему отказано: комментарий останется в истории процесса.");
        execution.setVariable(AppointmentVariables.APPROVED, approved);
        boolean distribution = AppointmentVariables.DISTRIBUTION_PROCESS.equals(execution.getProcessDefinitionId()
                .split(":")[0]);
        audit.record(execution.getTenantId(), CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                approved ? "DIRECTOR_APPROVED" : "DIRECTOR_REFUSED",
                (String) execution.getVariable(AppointmentVariables.PERSON_ID),
                distribution ? "CLASS_TEACHERS" : "ADMINISTRATOR_CHANGE", execution.getProcessInstanceId(),
                (approved ? "Директор утвердил" : "Директор отказал")
                        + (distribution ? " распределение классного руководства" : "")
                        + (comment == null ? "" : ": " + comment));
    }
}
