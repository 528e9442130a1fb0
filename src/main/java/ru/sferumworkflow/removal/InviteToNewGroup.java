package ru.sferumworkflow.removal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.invitation.InvitationRecipients;
import ru.sferumworkflow.invitation.InvitationVariables;
import ru.sferumworkflow.invitation.PlatformLinks;
import ru.sferumworkflow.platform.CollegeTenantIdProvider;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The end of «Пригласить в чат новой группы»: the moderator gives the chat's platform link, and the transferred
 * student (or the parents) get personal links through an ordinary «Приглашение», issued by that moderator with all
 * its checks. People already in the chat, or without an e-mail, are left out and named in the trail.
 */
@Dependent
@Named("inviteToNewGroup")
public class InviteToNewGroup implements ExecutionListener {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String link = FormValues.textOrNull(execution.getVariable(RemovalVariables.PLATFORM_LINK));
        try {
            link = PlatformLinks.check(link);
        } catch (PlatformLinks.InvalidLink e) {
            throw FormErrors.refusal(e.getMessage());
        }
        TransferInvite invite = TransferInvite.decode((String) execution.getVariable(RemovalVariables.INVITE));
        String college = execution.getTenantId();
        Chat chat = chats.chat(college, invite.chatId()).orElseThrow();
        Set<String> members = chats.activeMembers(chat.id()).stream().map(Membership::personId).collect(Collectors.toSet());
        List<Person> people = invite.personIds().stream().map(id -> roster.person(college, id).orElseThrow())
                .filter(Person::isActive).filter(person -> !members.contains(person.id())).toList();
        List<Person> reachable = people.stream().filter(person -> person.email() != null).toList();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        if (!reachable.isEmpty()) {
            // Started as the moderator who completes the task: the invitation checks that they may invite here.
            execution.getProcessEngineServices().getRuntimeService()
                    .createProcessInstanceByKey(InvitationVariables.PROCESS)
                    .processDefinitionWithoutTenantId()
                    .setVariables(Map.of(InvitationVariables.CHAT_ID, chat.id(),
                            InvitationVariables.ROLE, invite.role().name(),
                            InvitationVariables.PLATFORM_LINK, link,
                            InvitationVariables.RECIPIENTS, InvitationRecipients.NAMED,
                            InvitationVariables.RECIPIENT_IDS, reachable.stream().map(Person::id).collect(Collectors.joining(",")),
                            CollegeTenantIdProvider.COLLEGE_VARIABLE, college))
                    .execute();
        }
        int withoutEmail = people.size() - reachable.size();
        audit.record(college, by, "TRANSFER_INVITED", invite.personIds().get(0), "CHAT", chat.id(),
                "Приглашение в «" + chat.title() + "» после перевода: получателей — " + reachable.size()
                        + (withoutEmail > 0 ? ", без e-mail (пригласить лично) — " + withoutEmail : "")
                        + (invite.personIds().size() > people.size() ? ", уже в чате или выбыли — "
                                + (invite.personIds().size() - people.size()) : ""));
    }
}
