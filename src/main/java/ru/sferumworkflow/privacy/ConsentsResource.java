package ru.sferumworkflow.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.audit.CsvExport;
import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.documents.JpaDocuments;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.roster.Consent;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.validation.Refusal;

/**
 * The consent register's REST side: paper consents and withdrawals with their scans (administrators), the scans, and
 * the people in the college's chats without a valid consent to the processing of their personal data: a membership
 * that has not ended and no consent given for them (by them, or by a parent for a minor) that has not been withdrawn
 * — added to a chat by hand, or whose consent was withdrawn. The administrators collect a consent or end the
 * membership. The join page's consents are written by the join page itself; the card shows them all.
 */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ConsentsResource {

    static final String CSV = "text/csv;charset=UTF-8";

    private static final String WITHOUT_CONSENT = """
            select p.ID, p.FULL_NAME, p.ROLE, c.TITLE
            from SFW_MEMBERSHIP m
              join SFW_PERSON p on p.ID = m.PERSON_ID
              join SFW_CHAT c on c.ID = m.CHAT_ID
            where m.COLLEGE_ID = ?1 and m.UNTIL is null
              and not exists (select 1 from SFW_CONSENT s where s.SUBJECT_ID = p.ID and s.WITHDRAWN_AT is null)
            order by p.SEARCH_NAME, c.TITLE""";

    @Inject
    Caller caller;

    @Inject
    PaperConsents paperConsents;

    @Inject
    ConsentWithdrawals withdrawals;

    @Inject
    JpaDocuments documents;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

    /** A consent entered or withdrawn on paper. */
    public record ConsentEntered(String id, String subjectId, String givenAt) {
    }

    /** A withdrawal entered: its movement event, the process that carries it out, the last day of the data. */
    public record WithdrawalEntered(String movementId, String processInstanceId, int consents, String destroyBy) {
    }

    /** A paper consent: multipart form with subjectId, givenById, signedOn, purpose, scope and the scan. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response enterConsent(List<EntityPart> parts) {
        String user = caller.requireAnyOf("вносить согласия на бумаге", WorkflowGroup.ADMINISTRATORS);
        MultipartForm form = MultipartForm.read(parts, ConsentScan.MAX_BYTES);
        Consent consent = paperConsents.record(caller.college(), new PaperConsents.Paper(form.text("subjectId"),
                form.text("givenById"), form.date("signedOn", "дату подписи"), form.text("purpose"),
                form.text("scope")), form.scan(), user);
        return Response.status(Response.Status.CREATED)
                .entity(new ConsentEntered(consent.id(), consent.subjectId(), JsonTime.of(consent.givenAt()))).build();
    }

    /** A paper withdrawal: multipart form with subjectId, givenById (who signed it), receivedOn and the scan. */
    @POST
    @Path("withdrawals")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response enterWithdrawal(List<EntityPart> parts) {
        String user = caller.requireAnyOf("вносить отзыв согласия", WorkflowGroup.ADMINISTRATORS);
        MultipartForm form = MultipartForm.read(parts, ConsentScan.MAX_BYTES);
        ConsentScan scan = form.scan();
        if (scan == null) {
            throw new Refusal("Приложите скан заявления об отзыве согласия: PDF, JPEG или PNG.");
        }
        ConsentWithdrawals.Withdrawn done = withdrawals.withdraw(caller.college(), form.text("subjectId"),
                form.text("givenById"), Consent.PAPER, scan, form.date("receivedOn", "дату получения отзыва"), user);
        return Response.status(Response.Status.CREATED).entity(new WithdrawalEntered(done.movementId(),
                done.processInstanceId(), done.consents(), done.destroyBy().toString())).build();
    }

    /** The scan of a paper consent ({@code kind=consent}) or of its withdrawal ({@code kind=withdrawal}). */
    @GET
    @Path("{id}/scan")
    @Produces(MediaType.WILDCARD)
    @Transactional
    public Response scan(@PathParam("id") String id, @QueryParam("kind") String kind) {
        String user = caller.requireAnyOf("сканы согласий", WorkflowGroup.ADMINISTRATORS, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.DIRECTOR, WorkflowGroup.AUDITORS);
        String college = caller.college();
        Consent consent = em.find(Consent.class, id);
        if (consent == null || !college.equals(consent.collegeId())) {
            throw ApiErrors.notFound("Такого согласия нет.");
        }
        boolean withdrawal = "withdrawal".equals(kind);
        String scanId = withdrawal ? consent.withdrawalScanId() : consent.scanId();
        Document document = scanId == null ? null : documents.find(scanId).orElse(null);
        if (document == null) {
            throw ApiErrors.notFound(withdrawal ? "Скана отзыва у этого согласия нет." : "Скана у этого согласия нет.");
        }
        audit.record(college, user, "CONSENT_SCAN_VIEWED", consent.subjectId(), "PERSON", consent.subjectId(),
                withdrawal ? "Открыт скан заявления об отзыве согласия" : "Открыт скан согласия");
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", "inline; filename=\"" + (withdrawal ? "withdrawal" : "consent")
                        + document.fileName().substring(document.fileName().lastIndexOf('.')) + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "sandbox").build();
    }

    /** A person in chats without a valid consent, and those chats. */
    public record MissingConsentView(String personId, String fullName, String role, String roleTitle,
            List<String> chats) {
    }

    @GET
    @Path("missing")
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", CSV})
    @Transactional
    @SuppressWarnings("unchecked")
    public Response missing(@QueryParam("format") String format) {
        caller.requireAnyOf("согласия на обработку персональных данных", WorkflowGroup.ADMINISTRATORS,
                WorkflowGroup.ADMINISTRATION, WorkflowGroup.DIRECTOR, WorkflowGroup.AUDITORS);
        Map<String, MissingConsentView> people = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(WITHOUT_CONSENT).setParameter(1, caller.college())
                .getResultList()) {
            PersonRole role = PersonRole.valueOf((String) row[2]);
            people.computeIfAbsent((String) row[0], id -> new MissingConsentView(id, (String) row[1], role.name(),
                    role.title(), new ArrayList<>())).chats().add((String) row[3]);
        }
        List<MissingConsentView> views = List.copyOf(people.values());
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(CsvExport.of(List.of("ФИО", "Кто", "Чаты"), views.stream()
                            .map(view -> List.of(view.fullName(), view.roleTitle(), String.join(", ", view.chats())))
                            .toList()), CSV)
                    .header("Content-Disposition", "attachment; filename=\"without-consent.csv\"")
                    .header("Cache-Control", "no-store").build();
        }
        return Response.ok(views).build();
    }
}
