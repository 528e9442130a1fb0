package ru.sferumworkflow.channels;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormDecision;
import ru.sferumworkflow.validation.FormErrors;

/** The end of «Согласовать трансляцию»: approved, or refused with a comment. */
@Dependent
@Named("recordBroadcastDecision")
public class RecordBroadcastDecision implements ExecutionListener {

    @Inject
    JpaBroadcasts broadcasts;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        boolean approved = FormDecision.choice(execution.getVariable(ChannelVariables.DECISION), "approve", "refuse",
                "Выберите: согласовать трансляцию или отказать.");
        String comment = FormDecision.note(execution.getVariable(ChannelVariables.DECISION_COMMENT), !approved,
                "Напишите, почему отказано.");
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        Broadcast broadcast = broadcasts.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        if (approved && !broadcast.startsAt().isAfter(Clock.now())) {
            throw FormErrors.refusal("Время начала трансляции уже прошло: согласовать её нельзя. Откажите с "
                    + "комментарием — ведущий подаст заявку на новую дату.");
        }
        broadcast.decided(approved, by, comment);
        execution.setVariable(ChannelVariables.BROADCAST_APPROVED, approved);
        audit.record(broadcast.collegeId(), by, approved ? "BROADCAST_APPROVED" : "BROADCAST_REFUSED", null,
                "BROADCAST", broadcast.id(), approved ? "Трансляция согласована" : "В трансляции отказано: " + comment);
    }
}
