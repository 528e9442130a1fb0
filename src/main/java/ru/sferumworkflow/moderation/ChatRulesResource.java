package ru.sferumworkflow.moderation;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatRuleBook;
import ru.sferumworkflow.chats.ChatRulesVersion;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.rest.ApiErrors;
import ru.sferumworkflow.platform.rest.Caller;
import ru.sferumworkflow.platform.rest.JsonTime;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.validation.FormValues;
import ru.sferumworkflow.validation.Refusal;

/**
 * A chat's rules of communication: everyone who works with chats reads them; the chat's moderator or an administrator
 * of the Sferum changes them — a new version, and every member with an e-mail gets it with a personal link to accept.
 */
@Path("chats/{id}/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ChatRulesResource {

    @Inject
    Caller caller;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    ChatRuleBook ruleBook;

    @Inject
    RulesLetters letters;

    @Inject
    AuditLog audit;

    public record RulesView(String chatId, String chatTitle, int version, List<String> rules, String note,
            String changedBy, String changedAt, Integer notified) {
    }

    public record NewRules(List<String> rules, String note) {
    }

    @GET
    public RulesView get(@PathParam("id") String id) {
        caller.requireAnyOf("правила чатов", WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS, WorkflowGroup.AUDITORS);
        Chat chat = chat(id);
        ChatRulesVersion latest = ruleBook.latest(chat.id()).orElse(null);
        ChatRuleBook.Rules rules = ruleBook.current(chat.id());
        return new RulesView(chat.id(), chat.title(), rules.version(), rules.rules(),
                latest == null ? null : latest.note(), latest == null ? null : latest.changedBy(),
                latest == null ? null : JsonTime.of(latest.changedAt()), null);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public RulesView change(@PathParam("id") String id, NewRules request) {
        String user = caller.requireAnyOf("менять правила чатов", WorkflowGroup.DIRECTOR, WorkflowGroup.ADMINISTRATION,
                WorkflowGroup.ADMINISTRATORS, WorkflowGroup.CLASS_TEACHERS, WorkflowGroup.TEACHERS);
        Chat chat = chat(id);
        boolean moderator = chat.moderatorId() != null && roster.activeStaffByUser(chat.collegeId(), user)
                .map(person -> person.id().equals(chat.moderatorId())).orElse(false);
        if (!moderator && !caller.isIn(WorkflowGroup.ADMINISTRATORS)) {
            throw ApiErrors.forbidden("Правила чата меняет его модератор или администратор Сферума.");
        }
        if (request == null) {
            throw new Refusal("Пришлите правила в JSON: rules — список правил, note — что изменилось.");
        }
        ChatRulesVersion version = ruleBook.change(chat, request.rules(), FormValues.textOrNull(request.note()), user);
        int notified = letters.send(version, chat.collegeId(), chats.activeMembers(chat.id()));
        audit.record(chat.collegeId(), user, "CHAT_RULES_CHANGED", null, "CHAT", chat.id(),
                "Правила общения «" + chat.title() + "»: версия " + version.version() + "; письма участникам — " + notified);
        return new RulesView(chat.id(), chat.title(), version.version(), version.rules(), version.note(),
                version.changedBy(), JsonTime.of(version.changedAt()), notified);
    }

    private Chat chat(String id) {
        return chats.chat(caller.college(), id).orElseThrow(() -> ApiErrors.notFound("Нет такого чата."));
    }
}
