package ru.sferumworkflow.removal;

import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * The start of one chat's removal: what its task shows — the chat and who leaves it, parents named with their
 * role — kept local to this chat, with the confirmation unticked, so that one chat's answer never counts for another.
 */
@Dependent
@Named("describeChatRemoval")
public class DescribeChatRemoval implements ExecutionListener {

    @Inject
    JpaRemovals removals;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Override
    public void notify(DelegateExecution execution) {
        ChatRemoval removal = removals.removal((String) execution.getVariable(RemovalVariables.REMOVAL_ID)).orElseThrow();
        Chat chat = chats.chat(removal.collegeId(), removal.chatId()).orElseThrow();
        String people = removals.memberships(removal.id()).stream()
                .map(membership -> "- " + roster.person(removal.collegeId(), membership.personId()).map(Person::fullName)
                        .orElse("?") + " — " + (membership.role() == MembershipRole.PARENT
                                ? "родитель (законный представитель)" : membership.role().title()))
                .collect(Collectors.joining("\n"));
        execution.setVariableLocal(RemovalVariables.CHAT_ID, chat.id());
        execution.setVariableLocal(RemovalVariables.CHAT_TITLE, chat.title());
        execution.setVariableLocal(RemovalVariables.PEOPLE, people);
        execution.setVariableLocal(RemovalVariables.REMOVED, false);
    }
}
