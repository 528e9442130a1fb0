package ru.sferumworkflow.privacy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.audit.AuditTrail;
import ru.sferumworkflow.audit.CsvExport;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.UserNames;

/**
 * «Уничтожить персональные данные»: erases them (in this step's transaction: all or nothing), deletes the person's
 * Tasklist account, and keeps the act and the extract from the event log for three years.
 */
@Dependent
@Named("destroyPersonalData")
public class DestroyPersonalData implements JavaDelegate {

    private static final DateTimeFormatter NUMBER = DateTimeFormatter.ofPattern("yyyyMMdd");
    static final int ACT_YEARS = 3;

    @Inject
    PersonalDataEraser eraser;

    @Inject
    JpaDestructions destructions;

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog audit;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public void execute(DelegateExecution execution) {
        Destruction destruction = destructions.find((String) execution.getVariable(PrivacyVariables.DESTRUCTION_ID))
                .orElseThrow();
        // Checked again here: an operator moving the instance past the decisions must not destroy anything.
        if (!destruction.isApproved()) {
            throw new IllegalStateException("Уничтожение " + destruction.id() + " не предложено и не утверждено двумя "
                    + "разными членами комиссии: данные не уничтожены.");
        }
        String approvedBy = destruction.approvedBy();
        PersonalDataEraser.Erased erased = eraser.erase(destruction.personId());
        ProcessEngine engine = bootstrap.processEngine();
        if (erased.userId() != null) {
            SystemCall.run(engine, () -> {
                engine.getIdentityService().deleteUser(erased.userId());
                return null;
            });
        }
        OffsetDateTime now = Clock.now();
        audit.record(destruction.collegeId(), approvedBy, "PD_DESTROYED", destruction.personId(), "PERSON",
                destruction.personId(), "Персональные данные уничтожены: " + String.join("; ", erased.categories()));
        String number = "ПД-" + NUMBER.format(now.atZoneSameInstant(Clock.COLLEGE_ZONE)) + "-"
                + destruction.id().substring(0, 6);
        byte[] act = DestructionAct.pdf(new DestructionAct.Content(number, Settings.COLLEGE_NAME.get(),
                destruction.personId(), (String) execution.getVariable(PrivacyVariables.SUBJECT), destruction.reason(),
                erased.categories(), erased.replaced(), name(engine, destruction.proposedBy()), name(engine, approvedBy),
                now));
        List<List<String>> events = trail.personTrail(destruction.collegeId(), destruction.personId()).stream()
                .map(entry -> List.of(String.valueOf(entry.at()), entry.kind(), text(entry.what()), text(entry.who()),
                        text(entry.detail()))).toList();
        byte[] extract = CsvExport.of(List.of("Когда", "Что", "Шаг или предмет", "Кто", "Подробности"), events)
                .getBytes(StandardCharsets.UTF_8);
        StringBuilder summary = new StringBuilder(String.join("; ", erased.categories()));
        erased.replaced().forEach((table, count) -> summary.append("; ").append(table).append(": ").append(count));
        destruction.destroyed(approvedBy, now, number, summary.length() > 4000 ? summary.substring(0, 4000)
                : summary.toString(), act, extract, now.plusYears(ACT_YEARS));
    }

    private static String name(ProcessEngine engine, String userId) {
        return userId == null ? "—" : UserNames.fullName(engine, userId);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
