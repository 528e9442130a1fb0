package ru.sferumworkflow.removal;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.validation.FormValues;

/** What the model's multi-instance steps run over: one task per chat, per orphaned chat, per invitation. */
@ApplicationScoped
@Named("removalPlan")
public class RemovalPlan {

    @Inject
    JpaRoster roster;

    @Inject
    JpaRemovals removals;

    /** The chats a dismissed worker moderates, which need a new moderator before anyone is removed from them. */
    public List<String> orphanedChats(DelegateExecution execution) {
        Movement movement = RemovalMovement.of(execution, roster);
        return removals.moderatedBy(movement.collegeId(), movement.personId()).stream().map(Chat::id).toList();
    }

    /** One removal per chat, as the plan wrote them. */
    public List<String> chatRemovals(DelegateExecution execution) {
        return removals.ofMovement(execution.getProcessBusinessKey()).stream().map(ChatRemoval::id).toList();
    }

    /** One invitation per chat of the new group and role, as the plan wrote them. */
    public List<String> transferInvites(DelegateExecution execution) {
        String invites = FormValues.textOrNull(execution.getVariable(RemovalVariables.TRANSFER_INVITES));
        return invites == null ? List.of() : Arrays.asList(invites.split("\n"));
    }
}
