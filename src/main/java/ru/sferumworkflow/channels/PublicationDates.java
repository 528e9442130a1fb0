package ru.sferumworkflow.channels;

import java.time.LocalTime;
import java.util.Date;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.platform.Clock;

/** When the publishing task appears: at 08:00 of the wished day (college time), or at once when that has passed. */
@Dependent
@Named("publicationDates")
public class PublicationDates {

    static final LocalTime MORNING = LocalTime.of(8, 0);

    @Inject
    JpaPublications publications;

    public Date due(DelegateExecution execution) {
        Publication publication = publications.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        var morning = publication.wishedDate().atTime(MORNING).atZone(Clock.COLLEGE_ZONE).toInstant();
        var now = Clock.now().toInstant();
        return Date.from(morning.isAfter(now) ? morning : now);
    }
}
