package ru.sferumworkflow.privacy;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;

/**
 * The destructions of personal data of the caller's college: proposed, postponed and done, with the act and the
 * extract from the event log while they are kept (three years). None of it names the person: ids only.
 */
@Path("destructions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DestructionsResource {

    static final WorkflowGroup[] READERS = {WorkflowGroup.ADMINISTRATORS, WorkflowGroup.ADMINISTRATION,
            WorkflowGroup.DIRECTOR, WorkflowGroup.AUDITORS};

    @Inject
    Caller caller;

    @Inject
    JpaDestructions destructions;

    public record DestructionView(String id, String personId, String status, String reason, String proposedAt,
            String proposedBy, String approvedBy, String decisionNote, String nextReviewAt, String destroyedAt,
            String actNumber, String keepUntil, boolean actKept, String processInstanceId) {
    }

    @GET
    @Transactional
    public List<DestructionView> list() {
        caller.requireAnyOf("уничтожение персональных данных", READERS);
        return destructions.of(caller.college()).stream().map(DestructionsResource::view).toList();
    }

    @GET
    @Path("{id}/act")
    @Produces("application/pdf")
    @Transactional
    public Response act(@PathParam("id") String id) {
        Destruction destruction = kept(id);
        return Response.ok(destruction.actPdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"act-" + destruction.id() + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/extract")
    @Produces("text/csv;charset=UTF-8")
    @Transactional
    public Response extract(@PathParam("id") String id) {
        Destruction destruction = kept(id);
        return Response.ok(destruction.logExtract(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"log-extract-" + destruction.id() + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private Destruction kept(String id) {
        caller.requireAnyOf("акты об уничтожении персональных данных", READERS);
        return destructions.find(id).filter(destruction -> destruction.collegeId().equals(caller.college()))
                .filter(destruction -> destruction.actPdf() != null)
                .orElseThrow(() -> ApiErrors.notFound("Акта нет: уничтожение не проведено или акт уже очищен "
                        + "по истечении трёх лет."));
    }

    private static DestructionView view(Destruction destruction) {
        return new DestructionView(destruction.id(), destruction.personId(), destruction.status().name(),
                destruction.reason(), JsonTime.of(destruction.proposedAt()), destruction.proposedBy(),
                destruction.approvedBy(), destruction.decisionNote(), JsonTime.of(destruction.nextReviewAt()),
                JsonTime.of(destruction.destroyedAt()), destruction.actNumber(), JsonTime.of(destruction.keepUntil()),
                destruction.actPdf() != null, destruction.processInstanceId());
    }
}
