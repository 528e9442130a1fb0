package ru.sferumworkflow.audit;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.validation.Refusal;

/**
 * «Аудит» over REST for auditors and the director: every process instance of the college (running and finished)
 * by process, period and state; one instance's timeline; one person's trail; each also as CSV. Only reading, and
 * every opening of a timeline or a trail (they hold personal data) is itself written to the audit trail.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String PDF = "application/pdf";

    @Inject
    Caller caller;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog audit;

    @Inject
    JpaRoster roster;

    public record InstanceView(String id, String process, String processName, String startedAt, String endedAt,
            String state, String startedBy, String outcome) {
    }

    public record OutcomeView(String id, String name) {
    }

    public record EntryView(String at, String kind, String what, String who, String detail) {
    }

    @GET
    @Path("instances")
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", CSV, PDF})
    @Transactional
    public Response instances(@QueryParam("process") String process, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("state") String state, @QueryParam("person") String person,
            @QueryParam("outcome") String outcome,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("format") String format) {
        String reader = reader();
        if (page < 0 || page > 10_000 || size < 1 || size > 500) {
            throw new Refusal("Страница — от 0 до 10 000, размер страницы — от 1 до 500.");
        }
        InstanceFilter filter = InstanceFilter.of(process, from, to, state, person, outcome);
        if (filter.outcome() != null && !ProcessOutcomes.of(bootstrap.processEngine(), filter.process()).containsKey(filter.outcome())) {
            throw new Refusal("У этого процесса нет такого исхода: выберите исход из списка.");
        }
        if (filter.personId() != null) {
            // Which processes concern a person is itself personal: the reading is written down like a trail's.
            roster.person(caller.college(), filter.personId())
                    .orElseThrow(() -> ApiErrors.notFound("Такого человека в списках нет."));
            audit.record(caller.college(), reader, "AUDIT_VIEWED", filter.personId(), "PERSON", filter.personId(),
                    "Открыт список экземпляров процессов о человеке" + exported(format));
        }
        Set<String> processesOfPerson = filter.personId() == null ? null
                : trail.processesOf(caller.college(), filter.personId());
        // The id breaks ties of the start time, so that pages neither repeat nor skip an instance.
        List<InstanceView> views = filter.query(bootstrap.processEngine().getHistoryService(), caller.college(),
                        processesOfPerson).map(query -> query.orderByProcessInstanceStartTime().desc()
                        .orderByProcessInstanceId().asc().listPage(page * size, size)).orElse(List.of()).stream()
                .map(this::view).toList();
        List<String> header = List.of("Экземпляр", "Процесс", "Начат", "Завершён", "Состояние", "Начал",
                "Чем закончился");
        if ("pdf".equalsIgnoreCase(format)) {
            return Response.ok(PdfExport.table("Экземпляры процессов, страница " + (page + 1), reader, header,
                            views.stream().map(view -> List.of(view.id(), text(view.processName()),
                                    PdfExport.when(time(view.startedAt())), PdfExport.when(time(view.endedAt())),
                                    view.state(), text(view.startedBy()), text(view.outcome()))).toList()), PDF)
                    .header("Content-Disposition", "attachment; filename=\"audit-instances.pdf\"").build();
        }
        if ("csv".equalsIgnoreCase(format)) {
            return csv("audit-instances.csv", header, views, view -> List.of(view.id(), text(view.processName()),
                    text(view.startedAt()), text(view.endedAt()), view.state(), text(view.startedBy()),
                    text(view.outcome())));
        }
        return Response.ok(views).build();
    }

    /** The ends of a process (in any of its versions): what the list can be filtered by as the outcome. */
    @GET
    @Path("outcomes")
    public List<OutcomeView> outcomes(@QueryParam("process") String process) {
        reader();
        InstanceFilter filter = InstanceFilter.of(process, null, null, null, null, null);
        if (filter.process() == null) {
            throw new Refusal("Укажите процесс (ключ модели).");
        }
        return ProcessOutcomes.of(bootstrap.processEngine(), filter.process()).entrySet().stream().map(end -> new OutcomeView(end.getKey(), end.getValue()))
                .sorted(Comparator.comparing(OutcomeView::name)).toList();
    }

    /**
     * The instance's model drawn with the path it took (steps passed green, where it waits now orange), as SVG.
     * Holds no personal data (names of steps only), so opening it is not logged.
     */
    @GET
    @Path("instances/{id}/diagram")
    @Produces("image/svg+xml")
    @Transactional
    public Response diagram(@PathParam("id") String id) {
        reader();
        HistoricProcessInstance instance = instance(id);
        ProcessEngine engine = bootstrap.processEngine();
        InstancePath path = InstancePath.of(engine, instance);
        // Reading the model needs a right on the definition that auditors are not given: the instance was checked.
        BpmnModelInstance model = SystemCall.run(engine,
                () -> engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId()));
        String svg = ProcessDiagram.svg(model, path.passed(), path.waiting(), path.canceled());
        return Response.ok(svg, "image/svg+xml;charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("instances/{id}/timeline")
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", CSV, PDF})
    @Transactional
    public Response timeline(@PathParam("id") String id, @QueryParam("format") String format) {
        String reader = reader();
        HistoricProcessInstance instance = instance(id);
        List<AuditTrail.Entry> found = trail.timeline(instance);
        audit.record(caller.college(), reader, "AUDIT_VIEWED", null, "PROCESS_INSTANCE", id,
                "Открыт ход экземпляра «" + instance.getProcessDefinitionName() + "»" + exported(format));
        return answer(format, "audit-timeline-" + id, "Ход экземпляра «" + instance.getProcessDefinitionName()
                + "», " + id, reader, found);
    }

    @GET
    @Path("persons/{id}/trail")
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", CSV, PDF})
    @Transactional
    public Response person(@PathParam("id") String id, @QueryParam("format") String format) {
        String reader = reader();
        String college = caller.college();
        roster.person(college, id).orElseThrow(() -> ApiErrors.notFound("Такого человека в списках нет."));
        List<AuditTrail.Entry> found = trail.personTrail(college, id);
        audit.record(college, reader, "AUDIT_VIEWED", id, "PERSON", id, "Открыт след человека по всем процессам"
                + exported(format));
        return answer(format, "audit-person-" + id, "След человека " + id + " по всем процессам", reader, found);
    }

    private HistoricProcessInstance instance(String id) {
        HistoricProcessInstance instance = bootstrap.processEngine().getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceId(id).tenantIdIn(caller.college()).singleResult();
        if (instance == null) {
            throw ApiErrors.notFound("Такого экземпляра процесса нет.");
        }
        return instance;
    }

    private static OffsetDateTime time(String json) {
        return json == null ? null : OffsetDateTime.parse(json);
    }

    private String reader() {
        return caller.requireAnyOf("читать аудит", WorkflowGroup.AUDITORS, WorkflowGroup.DIRECTOR);
    }

    private InstanceView view(HistoricProcessInstance instance) {
        String outcome = null;
        if (instance.getEndActivityId() != null) {
            outcome = bootstrap.processEngine().getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).activityId(instance.getEndActivityId()).list().stream()
                    .map(step -> step.getActivityName() == null ? step.getActivityId() : step.getActivityName())
                    .findFirst().orElse(instance.getEndActivityId());
        }
        return new InstanceView(instance.getId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                JsonTime.of(instance.getStartTime()), JsonTime.of(instance.getEndTime()), instance.getState(),
                instance.getStartUserId(), outcome);
    }

    private static EntryView view(AuditTrail.Entry entry) {
        return new EntryView(JsonTime.of(entry.at()), entry.kind(), entry.what(), entry.who(), entry.detail());
    }

    /** JSON, or the same entries as a CSV or a PDF file. */
    private static Response answer(String format, String fileName, String title, String reader,
            List<AuditTrail.Entry> found) {
        if ("pdf".equalsIgnoreCase(format)) {
            return Response.ok(PdfExport.of(title, reader, found), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"").build();
        }
        List<EntryView> entries = found.stream().map(AuditResource::view).toList();
        return "csv".equalsIgnoreCase(format) ? entries(fileName + ".csv", entries) : Response.ok(entries).build();
    }

    private static String exported(String format) {
        return "csv".equalsIgnoreCase(format) ? " (выгрузка CSV)" : "pdf".equalsIgnoreCase(format) ? " (выгрузка PDF)" : "";
    }

    private static Response entries(String fileName, List<EntryView> entries) {
        return csv(fileName, List.of("Когда", "Что", "Шаг или предмет", "Кто", "Подробности"), entries,
                entry -> List.of(text(entry.at()), entry.kind(), text(entry.what()), text(entry.who()),
                        text(entry.detail())));
    }

    private static <T> Response csv(String fileName, List<String> header, List<T> rows, Function<T, List<String>> row) {
        return Response.ok(CsvExport.of(header, rows.stream().map(row).toList()), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
