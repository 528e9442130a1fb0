package ru.sferumworkflow.invitation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.platform.mail.MailSettings;

/**
 * Stand-ins for every step of «Приглашение» that only count their calls: for the model test (which path runs) and
 * for the bare-engine side of the invitation benchmark (the model's own cost, without mail or the database rows).
 * The start takes «stubRecipients» as the number of letters.
 */
final class NoOpInvitationSteps {

    private NoOpInvitationSteps() {
    }

    static Map<Object, Object> beans(Map<String, AtomicInteger> calls) {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("issueInvitation", (ExecutionListener) execution -> {
            count(calls, "issueInvitation");
            Instant now = Instant.now();
            execution.setVariable(InvitationVariables.ISSUER, "issuer");
            execution.setVariable(InvitationVariables.RECIPIENT_COUNT, execution.getVariable("stubRecipients"));
            execution.setVariable(InvitationVariables.VALID_UNTIL, Date.from(now.plus(7, ChronoUnit.DAYS)));
            execution.setVariable(InvitationVariables.REMIND_AT, Date.from(now.plus(5, ChronoUnit.DAYS)));
        });
        for (String delegate : List.of("sendInvitationMail", "sendInvitationReminder", "closeInvitation")) {
            beans.put(delegate, (JavaDelegate) execution -> count(calls, delegate));
        }
        for (String listener : List.of("recordAnnulment", "recordJoinDecision")) {
            beans.put(listener, (ExecutionListener) execution -> {
                if (!execution.isCanceled()) {
                    count(calls, listener);
                }
            });
        }
        beans.put("prepareJoinDecision", (TaskListener) task -> count(calls, "prepareJoinDecision"));
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("mailSettings", new MailSettings());
        return beans;
    }

    private static void count(Map<String, AtomicInteger> calls, String bean) {
        calls.computeIfAbsent(bean, name -> new AtomicInteger()).incrementAndGet();
    }
}
