package ru.sferumworkflow.reports;

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

import org.camunda.bpm.engine.identity.Tenant;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;

/**
 * The monthly usage reports of the caller's college: the list, one report's figures, and the same report as a
 * page and as a PDF. Read by those who make, read or check them; the figures are counts, never names.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReportsResource {

    static final WorkflowGroup[] READERS = {WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
            WorkflowGroup.ADMINISTRATORS, WorkflowGroup.AUDITORS};

    @Inject
    Caller caller;

    @Inject
    JpaUsageReports reports;

    @Inject
    ProcessEngineBootstrap bootstrap;

    public record ReportView(String id, String month, String title, String madeAt, String periodFrom, String periodTo,
            String readBy, String readAt, int questionRounds, String processInstanceId) {
    }

    public record ReportFigures(ReportView report, UsageFigures figures) {
    }

    @GET
    @Transactional
    public List<ReportView> list() {
        caller.requireAnyOf("отчёты об использовании платформы", READERS);
        return reports.all(caller.college()).stream().map(ReportsResource::view).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public ReportFigures report(@PathParam("id") String id) {
        UsageReport report = visible(id);
        return new ReportFigures(view(report), report.figures());
    }

    @GET
    @Path("{id}/page")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Transactional
    public Response page(@PathParam("id") String id) {
        UsageReport report = visible(id);
        return Response.ok(UsageReportHtml.page(report, collegeName(report), reports.notes(report.id())))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@PathParam("id") String id) {
        UsageReport report = visible(id);
        return Response.ok(UsageReportHtml.pdf(report, collegeName(report), reports.notes(report.id())), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"usage-report-" + report.month() + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    private UsageReport visible(String id) {
        caller.requireAnyOf("отчёты об использовании платформы", READERS);
        return reports.find(caller.college(), id).orElseThrow(() -> ApiErrors.notFound("Такого отчёта нет."));
    }

    /** The college's name as its tenant carries it (users may not read tenants themselves). */
    private String collegeName(UsageReport report) {
        Tenant tenant = SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getIdentityService()
                .createTenantQuery().tenantId(report.collegeId()).singleResult());
        return tenant == null || tenant.getName() == null ? report.collegeId() : tenant.getName();
    }

    private static ReportView view(UsageReport report) {
        return new ReportView(report.id(), report.month().toString(), UsageReportHtml.title(report),
                JsonTime.of(report.madeAt()), JsonTime.of(report.periodFrom()), JsonTime.of(report.periodTo()),
                report.readBy(), JsonTime.of(report.readAt()), report.questionRounds(), report.processInstanceId());
    }
}
