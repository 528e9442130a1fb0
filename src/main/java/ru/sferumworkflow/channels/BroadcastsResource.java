package ru.sferumworkflow.channels;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;

/** The plan of broadcasts: what is requested, approved, held, from one day to another. */
@Path("broadcasts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class BroadcastsResource {

    @Inject
    Caller caller;

    @Inject
    JpaBroadcasts broadcasts;

    public record PlanEntry(String id, String topic, String startsAt, List<String> audience, List<String> groupCodes,
            String status, Integer attendance) {
    }

    @GET
    @Transactional
    public List<PlanEntry> plan(@QueryParam("from") String from, @QueryParam("to") String to) {
        caller.requireAnyOf("смотреть план трансляций", WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS,
                WorkflowGroup.AUDITORS);
        Period period = Period.of(from, to);
        return broadcasts.between(caller.college(), period.first().atStartOfDay(Clock.COLLEGE_ZONE).toOffsetDateTime(),
                        period.last().plusDays(1).atStartOfDay(Clock.COLLEGE_ZONE).toOffsetDateTime()).stream()
                .map(broadcast -> new PlanEntry(broadcast.id(), broadcast.topic(), JsonTime.of(broadcast.startsAt()),
                        broadcast.audience().stream().map(Audience::name).toList(), broadcast.groupCodes(),
                        broadcast.status().name(), broadcast.attendance()))
                .toList();
    }
}
