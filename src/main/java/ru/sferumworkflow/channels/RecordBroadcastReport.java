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
import ru.sferumworkflow.validation.FormValues;

/**
 * The start and the end of «Отметить посещаемость и отчёт» (and of its escalated twin): at the start, the late one is
 * marked in the audit; at the end, how many took part and a short report.
 */
@Dependent
@Named("recordBroadcastReport")
public class RecordBroadcastReport implements ExecutionListener {

    @Inject
    JpaBroadcasts broadcasts;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        Broadcast broadcast = broadcasts.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        if (EVENTNAME_START.equals(execution.getEventName())) {
            audit.record(broadcast.collegeId(), null, "BROADCAST_REPORT_OVERDUE", broadcast.hostId(), "BROADCAST",
                    broadcast.id(), "Ведущий не отчитался о трансляции за 2 рабочих дня: отчёт — у администрации");
            return;
        }
        if (execution.isCanceled()) {
            return;
        }
        int people = FormValues.wholeNumber(execution.getVariable(ChannelVariables.ATTENDANCE), 0, 100_000)
                .orElseThrow(() -> FormErrors.refusal("Посещаемость — целое число участников, от 0."));
        String report = FormDecision.note(execution.getVariable(ChannelVariables.REPORT), true,
                "Напишите короткий отчёт: как прошла трансляция.");
        if (report.length() > 1000) {
            throw FormErrors.refusal("Отчёт — до 1000 знаков.");
        }
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        broadcast.reported(people, report, by, Clock.now());
        audit.record(broadcast.collegeId(), by, "BROADCAST_REPORTED", broadcast.hostId(), "BROADCAST", broadcast.id(),
                "Трансляция проведена, участников: " + people);
    }
}
