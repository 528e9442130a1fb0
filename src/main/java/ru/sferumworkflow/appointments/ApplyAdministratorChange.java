package ru.sferumworkflow.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of «Назначить (снять) администратора в Сферуме»: done on the platform, so the person joins (leaves) the
 * administrators' group here too — a step of the application, not a right of the administrator who ticks it.
 */
@Dependent
@Named("applyAdministratorChange")
public class ApplyAdministratorChange implements ExecutionListener {

    @Inject
    JpaRoster roster;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean appoint = AppointmentVariables.APPOINT.equals(execution.getVariable(AppointmentVariables.CHANGE));
        if (!Boolean.TRUE.equals(execution.getVariable(AppointmentVariables.DONE_ON_PLATFORM))) {
            throw FormErrors.refusal(appoint
                    ? "Назначьте сотрудника администратором на платформе «Сферум» и отметьте, что это сделано."
                    : "Снимите права администратора на платформе «Сферум» и отметьте, что это сделано.");
        }
        Person person = roster.person(execution.getTenantId(),
                (String) execution.getVariable(AppointmentVariables.PERSON_ID)).orElseThrow();
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        String group = WorkflowGroup.ADMINISTRATORS.id();
        SystemCall.run(execution.getProcessEngine(), () -> {
            boolean member = identity.createUserQuery().userId(person.userId()).memberOfGroup(group).count() > 0;
            if (appoint && !member) {
                identity.createMembership(person.userId(), group);
            } else if (!appoint && member) {
                identity.deleteMembership(person.userId(), group);
            }
            return null;
        });
        audit.record(execution.getTenantId(), CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                appoint ? "ADMINISTRATOR_APPOINTED" : "ADMINISTRATOR_REMOVED", person.id(), "ADMINISTRATOR_CHANGE",
                execution.getProcessInstanceId(), appoint
                        ? "Назначен администратором Сферума на платформе и в приложении (группа «Администраторы Сферума»)"
                        : "Снят с администраторов Сферума на платформе и в приложении");
    }
}
