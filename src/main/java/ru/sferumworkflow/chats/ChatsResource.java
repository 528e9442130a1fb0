package ru.sferumworkflow.chats;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.roster.RosterAccess;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/**
 * The college's chats and who sits in them: GET/POST chats, a chat's members, a person's memberships (ended ones
 * too), recording that someone joined, and ending a membership with a reason — never deleting it.
 */
@Path("chats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ChatsResource {

    @Inject
    RosterAccess access;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    public record ChatView(String id, String kind, String kindTitle, String title, String groupId, String subject,
            String moderatorId, String moderatorName, String createdAt) {
    }

    public record NewChat(String kind, String title, String groupId, String subject, String moderatorId) {
    }

    public record MembershipView(String id, String chatId, String chatTitle, String personId, String personName,
            String role, String roleTitle, String since, String until, String endReason, String document,
            String endedBy, Integer rulesVersion) {
    }

    public record NewMembership(String personId, String chatId, String role) {
    }

    public record MembershipEnd(String reason, String document) {
    }

    @GET
    public List<ChatView> list() {
        String college = access.readCollege("чаты");
        return chats.chats(college).stream().map(chat -> view(college, chat)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(NewChat request) {
        String user = access.keeper("заводить чаты");
        String college = access.college();
        if (request == null) {
            throw new Refusal("Пришлите чат в JSON: kind, title, groupId (для чатов группы), subject, moderatorId.");
        }
        ChatKind kind = ChatKind.parse(request.kind()).orElseThrow(() -> new Refusal("Укажите вид чата из списка."));
        String title = request.title() == null ? "" : request.title().trim();
        if (title.isEmpty() || title.length() > 200) {
            throw new Refusal("Название чата обязательно, не длиннее 200 знаков.");
        }
        if (!kind.ofGroup() && request.groupId() != null) {
            throw new Refusal("«" + kind.title() + "» не относится к одной группе: уберите группу или выберите вид чата группы.");
        }
        if (kind == ChatKind.SUBJECT && FormValues.textOrNull(request.subject()) == null) {
            throw new Refusal("Для чата по учебной дисциплине укажите дисциплину.");
        }
        String groupId = null;
        if (kind.ofGroup()) {
            if (request.groupId() == null) {
                throw new Refusal("«" + kind.title() + "» относится к группе: выберите группу.");
            }
            groupId = roster.group(college, request.groupId())
                    .orElseThrow(() -> new Refusal("Такой группы нет в Техникуме.")).id();
        }
        String moderatorId = null;
        if (request.moderatorId() != null) {
            Person moderator = roster.person(college, request.moderatorId())
                    .filter(person -> person.role() == PersonRole.STAFF && person.isActive())
                    .orElseThrow(() -> new Refusal("Модератор чата — работающий сотрудник Техникума (п. 21.4 Порядка)."));
            moderatorId = moderator.id();
        }
        Chat chat = new Chat(college, kind, title, groupId, FormValues.textOrNull(request.subject()), moderatorId, user, Clock.now());
        chats.persist(chat);
        return Response.status(Response.Status.CREATED).entity(view(college, chat)).build();
    }

    @GET
    @Path("{id}/members")
    public List<MembershipView> members(@PathParam("id") String id) {
        String college = access.readCollege("участников чатов");
        Chat chat = chats.chat(college, id).orElseThrow(() -> ApiErrors.notFound("Нет такого чата."));
        return chats.activeMembers(chat.id()).stream().map(membership -> view(college, membership)).toList();
    }

    @GET
    @Path("memberships")
    public List<MembershipView> memberships(@QueryParam("person") String personId) {
        String college = access.readCollege("участие в чатах");
        if (personId == null || personId.isBlank()) {
            throw new Refusal("Укажите человека: memberships?person=<id из списка людей>.");
        }
        Person person = roster.person(college, personId)
                .orElseThrow(() -> ApiErrors.notFound("Нет такого человека."));
        return chats.memberships(person.id()).stream().map(membership -> view(college, membership)).toList();
    }

    @POST
    @Path("memberships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response join(NewMembership request) {
        String user = access.keeper("отмечать участников чатов");
        String college = access.college();
        if (request == null) {
            throw new Refusal("Пришлите участие в JSON: personId, chatId, role.");
        }
        Person person = roster.person(college, request.personId() == null ? "" : request.personId())
                .filter(Person::isActive)
                .orElseThrow(() -> new Refusal("Такого человека нет среди тех, кто сейчас в Техникуме."));
        Chat chat = chats.chat(college, request.chatId() == null ? "" : request.chatId())
                .orElseThrow(() -> new Refusal("Нет такого чата."));
        MembershipRole role = MembershipRole.parse(request.role())
                .orElseThrow(() -> new Refusal("Укажите роль: TEACHER, STUDENT, PARENT или MODERATOR."));
        boolean already = chats.activeMembers(chat.id()).stream()
                .anyMatch(membership -> membership.personId().equals(person.id()));
        if (already) {
            throw new Refusal("Этот человек уже в чате «" + chat.title() + "».");
        }
        Membership membership = new Membership(college, person.id(), chat.id(), role, user, Clock.now());
        chats.persist(membership);
        return Response.status(Response.Status.CREATED).entity(view(college, membership)).build();
    }

    @POST
    @Path("memberships/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public MembershipView end(@PathParam("id") String id, MembershipEnd request) {
        String user = access.keeper("завершать участие в чатах");
        String college = access.college();
        Membership membership = chats.membership(college, id).orElseThrow(() -> ApiErrors.notFound("Нет такого участия."));
        if (!membership.isActive()) {
            throw new Refusal("Участие уже завершено.");
        }
        String reason = request == null ? null : FormValues.textOrNull(request.reason());
        if (reason == null || reason.length() > 500) {
            throw new Refusal("Укажите причину (до 500 знаков): участника удаляют из чата только по причине, "
                    + "предусмотренной Порядком.");
        }
        String document = FormValues.textOrNull(request.document());
        if (document != null && document.length() > 200) {
            throw new Refusal("Документ — до 200 знаков, например «приказ № 12-к от 01.09.2026».");
        }
        membership.end(reason, document, user, Clock.now());
        return view(college, membership);
    }

    private ChatView view(String college, Chat chat) {
        return new ChatView(chat.id(), chat.kind().name(), chat.kind().title(), chat.title(), chat.groupId(),
                chat.subject(), chat.moderatorId(), name(college, chat.moderatorId()), JsonTime.of(chat.createdAt()));
    }

    private MembershipView view(String college, Membership membership) {
        return new MembershipView(membership.id(), membership.chatId(),
                chats.chat(college, membership.chatId()).map(Chat::title).orElse(null), membership.personId(),
                name(college, membership.personId()), membership.role().name(), membership.role().title(),
                JsonTime.of(membership.since()), JsonTime.of(membership.until()),
                membership.endReason(), membership.document(), membership.endedBy(), membership.rulesVersion());
    }

    private String name(String college, String personId) {
        return personId == null ? null : roster.person(college, personId).map(Person::fullName).orElse(null);
    }
}
