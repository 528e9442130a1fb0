package ru.sferumworkflow.onboarding;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;

/**
 * Appointment orders, read-only: GET /sferum/api/orders?number=45-ОД and /sferum/api/orders/{id}.
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
        caller.requireAnyOf("приказы о назначении администратора", READERS);
        return orders.find(id)
                .filter(order -> caller.colleges().contains(order.collegeId()))
                .map(AppointmentOrderView::of)
                .orElseThrow(() -> ApiErrors.notFound("Приказ не найден."));
    }
}
