package ru.sferumworkflow.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.validation.FormDecision;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of «Предложить уничтожение персональных данных» and of its approval by the commission: destroy, or put
 * off with a reason (a dispute, a request of the authorities) — then proposed again in 90 days. The commission's
 * member must be another person than the administrator who proposed.
 */
@Dependent
@Named("recordDestructionDecision")
public class RecordDestructionProposal implements ExecutionListener {

    static final int POSTPONED_DAYS = 90;

    @Inject
    JpaDestructions destructions;

    @Inject
    AuditLog audit;

    /** The commission's second member is a deputy or the director (an operator may complete any task, not this). */
    private static boolean inCommission(DelegateExecution execution, String user) {
        return execution.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(user)
                .groupIdIn(WorkflowGroup.ADMINISTRATION.id(), WorkflowGroup.DIRECTOR.id()).count() > 0;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approval = "approveDestruction".equals(execution.getCurrentActivityId());
        String user = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        boolean destroy = FormDecision.choice(execution.getVariable(approval ? PrivacyVariables.APPROVAL
                : PrivacyVariables.PROPOSAL), "destroy", "postpone", "Выберите: уничтожить или отложить.");
        String note = FormDecision.note(execution.getVariable(approval ? PrivacyVariables.APPROVAL_NOTE
                : PrivacyVariables.PROPOSAL_NOTE), !destroy, "Напишите, почему уничтожение откладывается.");
        Destruction destruction = destructions.find((String) execution.getVariable(PrivacyVariables.DESTRUCTION_ID))
                .orElseThrow();
        // The proposer as the destruction recorded it, not as a form could have sent it.
        if (approval && (user == null || user.equals(destruction.proposedBy()))) {
            throw FormErrors.refusal("Утверждает второй член комиссии, а не тот, кто предложил уничтожение.");
        }
        if (approval && destroy && !inCommission(execution, user)) {
            throw FormErrors.refusal("Утверждает член комиссии: заместитель директора или директор.");
        }
        execution.setVariable(approval ? PrivacyVariables.APPROVED : PrivacyVariables.PROPOSED, destroy);
        if (destroy && !approval) {
            execution.setVariable(PrivacyVariables.PROPOSED_BY, user);
            destruction.proposedBy(user);
        } else if (destroy) {
            execution.setVariable(PrivacyVariables.APPROVED_BY, user);
            destruction.approvedBy(user);
        } else {
            destruction.postpone(user, approval, note, Clock.now().plusDays(POSTPONED_DAYS));
        }
        audit.record(execution.getTenantId(), user, destroy ? (approval ? "PD_DESTRUCTION_APPROVED"
                        : "PD_DESTRUCTION_CONFIRMED") : "PD_DESTRUCTION_POSTPONED", destruction.personId(), "PERSON",
                destruction.personId(), destroy ? (approval ? "Член комиссии утвердил уничтожение персональных данных"
                        : "Администратор предложил комиссии уничтожить персональные данные")
                        : "Уничтожение персональных данных отложено на " + POSTPONED_DAYS + " дн.: "
                        + (note.length() > 900 ? note.substring(0, 900) + "…" : note));
    }
}
