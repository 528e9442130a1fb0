package ru.sferumworkflow.reports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.calendar.WorkingDays;

/**
 * When the monthly reports start: the first working day of each month (production calendar), 09:00 college time.
 * The schedule's timer reads {@code ${usageReportSchedule.cycle()}} — a cron expression naming that one moment —
 * and the engine evaluates it again each time the timer is due (reevaluateTimeCycleWhenDue), so
 * every month gets its own first working day, holidays and transferred days off included.
 */
@ApplicationScoped
@Named("usageReportSchedule")
public class UsageReportSchedule {

    static final LocalTime AT = LocalTime.of(9, 0);

    @Inject
    WorkingDays workingDays;

    public UsageReportSchedule() {
    }

    UsageReportSchedule(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** The cron expression of the next start, in the server's time zone, which is the zone the engine's cron uses. */
    public String cycle() {
        ZonedDateTime next = next(Clock.now().atZoneSameInstant(Clock.COLLEGE_ZONE)).withZoneSameInstant(ZoneId.systemDefault());
        // Camunda's cron has no year field: the day and month name the next occurrence, which is the one meant.
        return String.format("%d %d %d %d %d ?", next.getSecond(), next.getMinute(), next.getHour(),
                next.getDayOfMonth(), next.getMonthValue());
    }

    /** The first working day's 09:00 that comes after the given moment (this month's, or else next month's). */
    ZonedDateTime next(ZonedDateTime after) {
        YearMonth month = YearMonth.from(after);
        while (true) {
            LocalDate day = workingDays.firstWorkingDay(month);
            ZonedDateTime start = day.atTime(AT).atZone(Clock.COLLEGE_ZONE);
            if (start.isAfter(after)) {
                return start;
            }
            month = month.plusMonths(1);
        }
    }
}
