package ru.sferumworkflow.privacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.VariableScope;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * The due dates of «Уничтожение персональных данных»'s tasks: five working days each, but when the law sets a last
 * day (a withdrawal of consent: 30 days), the proposal is due a week before it and the approval two days before, so
 * that the destruction itself is done in time. A due date already past is due now: the task shows as overdue.
 */
@ApplicationScoped
@Named("destructionDue")
public class DestructionDue {

    static final int WORKING_DAYS = 5;
    static final int PROPOSAL_MARGIN_DAYS = 7;
    static final int APPROVAL_MARGIN_DAYS = 2;

    @Inject
    WorkingDays workingDays;

    public DestructionDue() {
    }

    DestructionDue(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    public Date proposal(VariableScope scope) {
        return due(scope, PROPOSAL_MARGIN_DAYS);
    }

    public Date approval(VariableScope scope) {
        return due(scope, APPROVAL_MARGIN_DAYS);
    }

    private Date due(VariableScope scope, int marginDays) {
        Date now = Date.from(Clock.now().toInstant());
        Date usual = workingDays.after(now, WORKING_DAYS);
        Object destroyBy = scope.getVariable(PrivacyVariables.DESTROY_BY);
        if (destroyBy == null) {
            return usual;
        }
        Date latest = Date.from(LocalDate.parse((String) destroyBy).minusDays(marginDays).atTime(LocalTime.of(18, 0))
                .atZone(Clock.COLLEGE_ZONE).toInstant());
        Date due = latest.before(usual) ? latest : usual;
        return due.before(now) ? now : due;
    }
}
