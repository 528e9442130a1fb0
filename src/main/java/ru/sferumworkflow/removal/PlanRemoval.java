package ru.sferumworkflow.removal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.invitation.LinkRevocation;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.roster.MovementKind;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.roster.PersonRole;

/**
 * «Составить план удаления»: from the movement event, which memberships end in which chat (the leaver's and the
 * parents' — {@link RemovalPlanner}), one removal per chat, and for a transfer the invitations to the new group's
 * chats. The leaver's unused invitation links die here, at once, in the same transaction as the event.
 */
@Dependent
@Named("planRemoval")
public class PlanRemoval implements JavaDelegate {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    JpaRemovals removals;

    @Inject
    LinkRevocation links;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        Movement movement = RemovalMovement.of(execution, roster);
        String college = movement.collegeId();
        Person leaver = roster.person(college, movement.personId()).orElseThrow();
        boolean transfer = movement.kind() == MovementKind.TRANSFER;

        List<ParentSeats> parents = new ArrayList<>();
        // A withdrawn consent is the student's (or given for them): the parents' own consents and chats stay.
        if (leaver.role() == PersonRole.STUDENT && movement.kind().byOrder()) {
            for (Person parent : roster.linkedPeople(leaver.id())) {
                Set<String> otherChildren = roster.linkedPeople(parent.id()).stream()
                        .filter(child -> !child.id().equals(leaver.id()) && child.isWithCollege()
                                && child.groupId() != null)
                        .map(Person::groupId).collect(Collectors.toSet());
                parents.add(new ParentSeats(parent.id(), seats(college, parent.id()), otherChildren));
            }
        }
        Map<String, String> newGroupChats = new HashMap<>();
        if (transfer) {
            removals.chatsOfGroup(movement.toGroupId()).forEach(chat -> newGroupChats.putIfAbsent(
                    seatIn(chat, null).partInGroup(), chat.id()));
        }
        RemovalPlanner.Plan plan = RemovalPlanner.plan(movement.kind(), movement.fromGroupId(), seats(college, leaver.id()),
                parents, newGroupChats);

        Map<String, List<Seat>> byChat = new LinkedHashMap<>();
        plan.toEnd().forEach(seat -> byChat.computeIfAbsent(seat.chatId(), chat -> new ArrayList<>()).add(seat));
        for (Map.Entry<String, List<Seat>> chat : byChat.entrySet()) {
            ChatRemoval removal = new ChatRemoval(college, movement.id(), chat.getKey(), execution.getProcessInstanceId(),
                    Clock.now());
            removals.persist(removal);
            chat.getValue().forEach(seat -> chats.membership(college, seat.membershipId()).orElseThrow()
                    .toBeEndedBy(removal.id()));
        }

        int revoked = revokeLinks(execution, movement, leaver, parents, plan);
        audit.record(college, null, "REMOVAL_PLANNED", leaver.id(), "MOVEMENT", movement.id(),
                RemovalReasons.event(movement) + ": чатов — " + byChat.size() + ", участий — " + plan.toEnd().size()
                        + ", закрыто личных ссылок — " + revoked + ", приглашений в новую группу — " + plan.invites().size());

        execution.setVariable(RemovalVariables.PERSON_NAME, leaver.fullName());
        execution.setVariable(RemovalVariables.EVENT, RemovalReasons.event(movement));
        execution.setVariable(RemovalVariables.CHAT_COUNT, byChat.size());
        execution.setVariable(RemovalVariables.ORPHANED_CHAT_COUNT, movement.kind() == MovementKind.DISMISSAL
                || movement.kind() == MovementKind.CONSENT_WITHDRAWAL
                ? removals.moderatedBy(college, leaver.id()).size() : 0);
        execution.setVariable(RemovalVariables.INVITE_COUNT, plan.invites().size());
        execution.setVariable(RemovalVariables.TRANSFER_INVITES,
                plan.invites().stream().map(TransferInvite::encode).collect(Collectors.joining("\n")));
        execution.setVariable(RemovalVariables.REVOKED_LINKS, revoked);
        execution.setVariable(RemovalVariables.WITHOUT_COUNTERPART, plan.withoutCounterpart().stream()
                .map(seat -> chats.chat(college, seat.chatId()).map(Chat::title).orElse("?"))
                .distinct().collect(Collectors.joining(", ")));
    }

    /** The person's active memberships that no other removal is already ending. */
    private List<Seat> seats(String college, String personId) {
        List<Seat> seats = new ArrayList<>();
        for (Membership membership : chats.activeMemberships(personId)) {
            if (membership.removalId() == null) {
                chats.chat(college, membership.chatId()).ifPresent(chat -> seats.add(seatIn(chat, membership)));
            }
        }
        return seats;
    }

    private static Seat seatIn(Chat chat, Membership membership) {
        return new Seat(membership == null ? null : membership.id(), membership == null ? null : membership.personId(),
                membership == null ? null : membership.role(), chat.id(), chat.groupId(), chat.kind(), chat.subject());
    }

    /**
     * The leaver's unused links die (a transferred student's only to the old group's chats); a parent's to the chats
     * they leave and to the other chats of the old group they no longer belong to.
     */
    private int revokeLinks(DelegateExecution execution, Movement movement, Person leaver, List<ParentSeats> parents,
            RemovalPlanner.Plan plan) {
        String reason = RemovalReasons.event(movement);
        var engine = execution.getProcessEngineServices();
        boolean transfer = movement.kind() == MovementKind.TRANSFER;
        int revoked = links.revokeUnusedLinks(engine, leaver.id(),
                chatId -> !transfer || inGroup(movement, chatId, movement.fromGroupId()), reason, null);
        for (ParentSeats parent : parents) {
            boolean leavesGroup = !parent.otherChildrenGroups().contains(movement.fromGroupId());
            Set<String> leftChats = plan.toEnd().stream().filter(seat -> seat.personId().equals(parent.parentId()))
                    .map(Seat::chatId).collect(Collectors.toSet());
            revoked += links.revokeUnusedLinks(engine, parent.parentId(), chatId -> leftChats.contains(chatId)
                    || leavesGroup && inGroup(movement, chatId, movement.fromGroupId()), reason, null);
        }
        return revoked;
    }

    private boolean inGroup(Movement movement, String chatId, String groupId) {
        return groupId != null && chats.chat(movement.collegeId(), chatId)
                .map(chat -> groupId.equals(chat.groupId())).orElse(false);
    }
}
