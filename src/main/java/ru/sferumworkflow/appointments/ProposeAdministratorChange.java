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
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.verification.JpaVerifications;

/**
 * The start of «Назначение или снятие администратора Сферума»: an administrator names a working teacher and why.
 * An additional administrator comes from among the teachers who joined the platform and whose status «учитель» is
 * verified (seed §20.1), and has an account here to join the administrators' group with; one who is removed (also
 * when dismissed) must be an administrator now, and the college is never left without one.
 */
@Dependent
@Named("proposeAdministratorChange")
public class ProposeAdministratorChange implements ExecutionListener {

    @Inject
    JpaRoster roster;

    @Inject
    JpaVerifications verifications;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        String change = FormValues.textOrNull(execution.getVariable(AppointmentVariables.CHANGE));
        if (!AppointmentVariables.APPOINT.equals(change) && !AppointmentVariables.REMOVE.equals(change)) {
            throw FormErrors.refusal("Выберите: назначить администратора или снять.");
        }
        String reason = FormValues.textOrNull(execution.getVariable(AppointmentVariables.REASON));
        if (reason == null || reason.length() > 1000) {
            throw FormErrors.refusal("Напишите основание (до 1000 знаков): директор решает по нему.");
        }
        String collegeId = execution.getTenantId();
        boolean appoint = AppointmentVariables.APPOINT.equals(change);
        // A dismissed administrator is still found: their rights here must be taken away too.
        Person person = roster.oneStaff(collegeId,
                FormValues.textOrNull(execution.getVariable(AppointmentVariables.PERSON)), appoint);
        if (person.userId() == null) {
            throw FormErrors.refusal("У этого сотрудника нет учётной записи в приложении, связанной со списком людей: "
                    + "попросите оператора создать её, свяжите её с карточкой сотрудника и начните снова.");
        }
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        long administrators = SystemCall.run(execution.getProcessEngine(), () -> identity.createUserQuery()
                .memberOfGroup(WorkflowGroup.ADMINISTRATORS.id()).count());
        boolean isAdministrator = SystemCall.run(execution.getProcessEngine(), () -> identity.createUserQuery().userId(person.userId())
                .memberOfGroup(WorkflowGroup.ADMINISTRATORS.id()).count() > 0);
        if (appoint) {
            if (isAdministrator) {
                throw FormErrors.refusal("Этот сотрудник уже администратор Сферума.");
            }
            if (!verifications.isVerified(person.id())) {
                throw FormErrors.refusal("Дополнительного администратора назначают из педагогов, которые вступили на "
                        + "платформу и прошли подтверждение статуса «учитель» (п. 20.1 Порядка): у этого сотрудника "
                        + "статус не подтверждён — сначала «Подтверждение статуса «учитель»».");
            }
        } else {
            if (!isAdministrator) {
                throw FormErrors.refusal("Этот сотрудник не администратор Сферума: снимать нечего.");
            }
            if (administrators <= 1) {
                throw FormErrors.refusal("Это единственный администратор Сферума: сначала назначьте другого.");
            }
        }
        execution.setVariable(AppointmentVariables.PERSON_ID, person.id());
        execution.setVariable(AppointmentVariables.PERSON_NAME, person.fullName());
        execution.setVariable(AppointmentVariables.POSITION, person.position());
        execution.setVariable(AppointmentVariables.CHANGE_TITLE,
                appoint ? "Назначить администратором Сферума" : "Снять с администраторов Сферума");
        execution.setVariable(AppointmentVariables.PLATFORM_STEP, appoint
                ? "Назначьте сотрудника администратором организации на платформе «Сферум». Когда отметите, он войдёт "
                        + "в группу «Администраторы Сферума» в приложении (новые задачи увидит после следующего входа)."
                : "Снимите с сотрудника права администратора организации на платформе «Сферум». Когда отметите, он "
                        + "выйдет из группы «Администраторы Сферума» в приложении.");
        audit.record(collegeId, CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                appoint ? "ADMINISTRATOR_PROPOSED" : "ADMINISTRATOR_REMOVAL_PROPOSED", person.id(),
                "ADMINISTRATOR_CHANGE", execution.getProcessInstanceId(),
                (appoint ? "Предложено назначить администратором Сферума: " : "Предложено снять с администраторов Сферума: ")
                        + reason);
    }
}
