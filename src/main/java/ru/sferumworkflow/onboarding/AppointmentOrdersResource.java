package ru.sferumworkflow.onboarding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.documents.Documents;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;

/**
 * Appointment orders, read-only: GET /sferum/api/orders?number=45-ОД, /sferum/api/orders/{id} and its PDF,
 * /sferum/api/orders/{id}/document.
 * The administrator's contacts are personal data: only the director, the administration, the
 * platform administrators and auditors see orders, and only of their own college.
 */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AppointmentOrdersResource {

    private static final WorkflowGroup[] READERS = {
            WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION, WorkflowGroup.ADMINISTRATORS, WorkflowGroup.AUDITORS};

    @Inject
    Caller caller;

    @Inject
    AppointmentOrders orders;

    @Inject
    Documents documents;

    @Inject
    OrderContext context;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @GET
    public List<AppointmentOrderView> byNumber(@QueryParam("number") String number) {
        caller.requireAnyOf("приказы о назначении администратора", READERS);
        if (number == null || number.isBlank()) {
            throw ApiErrors.badRequest(
                    "Укажите номер приказа: ?number=45-ОД");
        }
        return caller.colleges().stream()
                .flatMap(college -> orders.findByNumber(college, number.trim()).stream())
                .map(AppointmentOrderView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public AppointmentOrderView byId(@PathParam("id") String id) {
        return AppointmentOrderView.of(visibleOrder(id));
    }

    /** The approved order's kept PDF; for a draft, a PDF marked «ПРОЕКТ» made on the spot. */
    @GET
    @Path("{id}/document")
    @Produces(Document.PDF)
    public Response document(@PathParam("id") String id) {
        AppointmentOrder order = visibleOrder(id);
        byte[] pdf = order.documentId() == null
                ? AppointmentOrderPdf.render(order, context.of(order, bootstrap.processEngine()))
                : documents.find(order.documentId()).orElseThrow().content();
        String fileName = AppointmentOrderPdf.fileName(order);
        return Response.ok(pdf, Document.PDF)
                .header("Content-Disposition", "inline; filename=\"order.pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store")
                .build();
    }

    private AppointmentOrder visibleOrder(String id) {
        caller.requireAnyOf("приказы о назначении администратора", READERS);
        return orders.find(id)
                .filter(order -> caller.colleges().contains(order.collegeId()))
                .orElseThrow(() -> ApiErrors.notFound("Приказ не найден."));
    }
}
