package ru.sferumworkflow.invitation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.variable.Variables;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.ProcessEngineBootstrap;
import ru.sferumworkflow.platform.SystemCall;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.ProcessStarts;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.Refusal;

/**
 * Invitations over REST: issue one (the same process and checks as the Tasklist form), list them, one with its
 * recipients and trail, and revoke one (the issuer or an administrator) — every unused link dies at once.
 */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class InvitationsResource {

    @Inject
    Caller caller;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    InvitationEnding ending;

    @Inject
    AuditLog audit;

    /** What an issuer sends: the chat, the role, the platform link, the recipients, the validity in days. */
    public record NewInvitation(String chatId, String role, String platformLink, String recipients,
            List<String> recipientIds, Integer validDays) {
    }

    public record RecipientView(String id, String personId, String fullName, String status, String statusTitle,
            String sentAt, String claimedAt, String decidedBy) {
    }

    public record EventView(String at, String actor, String action, String personId, String detail) {
    }

    public record InvitationView(String id, String processInstanceId, String chatId, String chatTitle, String role,
            String roleTitle, String platformLink, String issuedBy, String issuedAt, String validUntil, String status,
            String statusTitle, String endReason, String annulledBy, List<RecipientView> recipients,
            List<EventView> trail) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response issue(NewInvitation request) {
        caller.requireAnyOf("оформлять приглашения", WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS,
                WorkflowGroup.TEACHERS);
        caller.college();
        if (request == null) {
            throw new Refusal("Пришлите приглашение в JSON: chatId, role, platformLink, recipients или recipientIds, validDays.");
        }
        Map<String, Object> variables = new HashMap<>();
        put(variables, InvitationVariables.CHAT_ID, request.chatId());
        put(variables, InvitationVariables.ROLE, request.role());
        put(variables, InvitationVariables.PLATFORM_LINK, request.platformLink());
        put(variables, InvitationVariables.RECIPIENTS, request.recipients());
        if (request.recipientIds() != null) {
            // Only while the instance starts (a transient variable): from then on its recipients are rows of their
            // own. Stored, more than 108 ids made a text longer than the engine keeps (EngineLimits): a 500.
            variables.put(InvitationVariables.RECIPIENT_IDS,
                    Variables.stringValue(String.join(",", request.recipientIds()), true));
        }
        put(variables, InvitationVariables.VALID_DAYS, request.validDays() == null ? null : request.validDays().toString());
        String processInstanceId = ProcessStarts.start(bootstrap.processEngine(), InvitationVariables.PROCESS, variables,
                "Нет доступа: оформлять приглашения могут администраторы Сферума, классные руководители и преподаватели.");
        Invitation invitation = invitations.ofProcess(processInstanceId).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(view(invitation, false)).build();
    }

    @GET
    public List<InvitationView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        readers();
        if (page < 0 || page > 10_000 || size < 1 || size > 200) {
            throw new Refusal("Страница — от 0 до 10 000, размер страницы — от 1 до 200.");
        }
        String issuer = seesAll() ? null : caller.authentication().getUserId();
        return invitations.ofCollege(caller.college(), issuer, page * size, size).stream()
                .map(invitation -> view(invitation, false)).toList();
    }

    @GET
    @Path("{id}")
    public InvitationView get(@PathParam("id") String id) {
        readers();
        return view(find(id), true);
    }

    @POST
    @Path("{id}/revoke")
    @Transactional
    public InvitationView revoke(@PathParam("id") String id) {
        String user = caller.requireAnyOf("отзывать приглашения", WorkflowGroup.ADMINISTRATORS,
                WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS);
        Invitation invitation = find(id);
        if (!caller.isIn(WorkflowGroup.ADMINISTRATORS) && !user.equals(invitation.issuedBy())) {
            throw ApiErrors.forbidden("Отозвать приглашение может тот, кто его оформил, или администратор Сферума.");
        }
        if (!ending.end(invitation, EndReason.REVOKED, user)) {
            throw new Refusal("Личные ссылки этого приглашения уже закрыты (" + invitation.status().title() + ").");
        }
        // The system moves the instance on; the user's right to do so was checked above.
        SystemCall.run(bootstrap.processEngine(), () -> bootstrap.processEngine().getRuntimeService()
                .createMessageCorrelation(InvitationVariables.REVOKED)
                .processInstanceId(invitation.processInstanceId()).correlateWithResult());
        return view(invitation, true);
    }

    private void readers() {
        caller.requireAnyOf("приглашения", WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS, WorkflowGroup.AUDITORS);
    }

    /** The administration, administrators and auditors see every invitation; teachers only those they issued. */
    private boolean seesAll() {
        return caller.isIn(WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION, WorkflowGroup.ADMINISTRATORS,
                WorkflowGroup.AUDITORS);
    }

    private Invitation find(String id) {
        return invitations.find(id).filter(invitation -> invitation.collegeId().equals(caller.college()))
                .filter(invitation -> seesAll() || invitation.issuedBy().equals(caller.authentication().getUserId()))
                .orElseThrow(() -> ApiErrors.notFound("Нет такого приглашения (или оно оформлено не вами)."));
    }

    private InvitationView view(Invitation invitation, boolean full) {
        String chatTitle = chats.chat(invitation.collegeId(), invitation.chatId()).map(chat -> chat.title()).orElse(null);
        List<RecipientView> recipients = !full ? List.of() : invitations.recipients(invitation.id()).stream()
                .map(recipient -> new RecipientView(recipient.id(), recipient.personId(),
                        roster.person(invitation.collegeId(), recipient.personId()).map(Person::fullName).orElse(null),
                        recipient.status().name(), recipient.status().title(), JsonTime.of(recipient.sentAt()),
                        JsonTime.of(recipient.claimedAt()), recipient.decidedBy()))
                .toList();
        List<EventView> trail = !full ? List.of() : audit.ofObject(invitation.id()).stream()
                .map(event -> new EventView(JsonTime.of(event.at()), event.actor(), event.action(), event.personId(),
                        event.detail()))
                .toList();
        // The platform link opens the chat: only its issuer and the administrators see it outside the join page.
        boolean seesLink = caller.isIn(WorkflowGroup.ADMINISTRATORS)
                || caller.authentication().getUserId().equals(invitation.issuedBy());
        return new InvitationView(invitation.id(), invitation.processInstanceId(), invitation.chatId(), chatTitle,
                invitation.role().name(), invitation.role().title(), seesLink ? invitation.platformLink() : null,
                invitation.issuedBy(),
                JsonTime.of(invitation.issuedAt()), JsonTime.of(invitation.validUntil()), invitation.status().name(),
                invitation.status().title(), invitation.endReason() == null ? null : invitation.endReason().name(),
                invitation.annulledBy(), recipients, trail);
    }

    private static void put(Map<String, Object> variables, String name, String value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
