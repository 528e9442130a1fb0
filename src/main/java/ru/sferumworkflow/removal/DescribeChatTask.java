package ru.sferumworkflow.removal;

import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * The start of a task about one chat (a new moderator, an invitation to the new group): the chat's title for the
 * form, and the form's own field emptied locally, so that one chat's answer never counts for another.
 */
@Dependent
@Named("describeChatTask")
public class DescribeChatTask implements ExecutionListener {

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Override
    public void notify(DelegateExecution execution) {
        String chatId = (String) execution.getVariable(RemovalVariables.CHAT_ID);
        String invite = (String) execution.getVariable(RemovalVariables.INVITE);
        if (chatId == null && invite != null) {
            TransferInvite transfer = TransferInvite.decode(invite);
            chatId = transfer.chatId();
            execution.setVariableLocal(RemovalVariables.CHAT_ID, chatId);
            execution.setVariableLocal(RemovalVariables.PEOPLE, transfer.personIds().stream()
                    .map(id -> roster.person(execution.getTenantId(), id)
                            .map(person -> "- " + person.fullName() + " — " + transfer.role().title()
                                    + (person.email() == null ? " (нет e-mail: пригласите лично)" : ""))
                            .orElse("- ?"))
                    .collect(Collectors.joining("\n")));
        }
        Chat chat = chats.chat(execution.getTenantId(), chatId).orElseThrow();
        execution.setVariableLocal(RemovalVariables.CHAT_TITLE, chat.title());
        execution.setVariableLocal(invite == null ? RemovalVariables.NEW_MODERATOR : RemovalVariables.PLATFORM_LINK, null);
    }
}
