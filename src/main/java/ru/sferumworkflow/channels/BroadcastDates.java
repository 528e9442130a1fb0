package ru.sferumworkflow.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.platform.Clock;

/** The moments of a broadcast the process waits for: the day before (the reminder) and its end (the report). */
@Dependent
@Named("broadcastDates")
public class BroadcastDates {

    /** A broadcast is taken as over this long after its start; the host reports then. */
    static final Duration LENGTH = Duration.ofMinutes(90);

    @Inject
    JpaBroadcasts broadcasts;

    public Date dayBefore(DelegateExecution execution) {
        return notBeforeNow(start(execution).minus(Duration.ofDays(1)));
    }

    public Date over(DelegateExecution execution) {
        return notBeforeNow(start(execution).plus(LENGTH));
    }

    private Instant start(DelegateExecution execution) {
        return broadcasts.ofProcess(execution.getProcessInstanceId()).orElseThrow().startsAt().toInstant();
    }

    private static Date notBeforeNow(Instant moment) {
        Instant now = Clock.now().toInstant();
        return Date.from(moment.isAfter(now) ? moment : now);
    }
}
