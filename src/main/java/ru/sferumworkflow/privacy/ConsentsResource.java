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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.audit.CsvExport;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.roster.PersonRole;

/**
 * The people in the college's chats without a valid consent to the processing of their personal data: a membership
 * that has not ended and no consent given for them (by them, or by a parent for a minor) that has not been withdrawn
 * — added to a chat by hand, or whose consent was withdrawn. The administrators collect a consent or end the
 * membership.
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

    @PersistenceContext(unitName = "sferum")
    EntityManager em;

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
                    .header("Content-Disposition", "attachment; filename=\"without-consent.csv\"").build();
        }
        return Response.ok(views).build();
    }
}
