package ru.sferumworkflow.chats;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.roster.Person;

/**
 * «Найти чаты человека»: from the movement event (the instance's business key, set by the system) lists the chats
 * the person must leave, for the administrator's task.
 */
@Dependent
@Named("prepareRemoval")
public class PrepareRemoval implements JavaDelegate {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Override
    public void execute(DelegateExecution execution) {
        Movement movement = RemovalMovement.of(execution, roster);
        Person person = roster.person(movement.collegeId(), movement.personId()).orElseThrow();
        List<Membership> toEnd = RemovalScope.membershipsToEnd(movement, chats.activeMemberships(person.id()), chats);
        String list = toEnd.stream()
                .map(membership -> "- " + chats.chat(movement.collegeId(), membership.chatId()).map(Chat::title).orElse("?")
                        + " (" + membership.role().title() + ")")
                .collect(Collectors.joining("\n"));
        execution.setVariable(RemovalVariables.PERSON_NAME, person.fullName());
        execution.setVariable(RemovalVariables.EVENT, RemovalScope.reason(movement));
        execution.setVariable(RemovalVariables.CHAT_LIST, list);
        execution.setVariable(RemovalVariables.CHAT_COUNT, toEnd.size());
    }
}
