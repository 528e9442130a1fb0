package ru.sferumworkflow.invitation;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.MemberJoined;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The end of «Принять заявку на вступление». Accepted: the person is a member of the chat from now, and a teacher's
 * status verification is asked for (event {@link TeacherJoined}). Rejected — a stranger used
 * the link: the platform link is compromised, so every other personal link dies and the link goes to annulment at
 * once.
 */
@Dependent
@Named("recordJoinDecision")
public class RecordJoinDecision implements ExecutionListener {

    @Inject
    JpaInvitations invitations;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    Event<MemberJoined> joined;

    @Inject
    Event<TeacherJoined> teacherJoined;

    @Inject
    InvitationEnding ending;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String decision = FormValues.textOrNull(execution.getVariable(InvitationVariables.JOIN_ACCEPTED));
        String note = FormValues.textOrNull(execution.getVariable(InvitationVariables.DECISION_NOTE));
        if (!"yes".equals(decision) && !"no".equals(decision)) {
            throw FormErrors.refusal("Выберите: вступил получатель приглашения или посторонний.");
        }
        boolean accepted = "yes".equals(decision);
        if (!accepted && (note == null || note.isBlank())) {
            throw FormErrors.refusal("Напишите, почему заявка отклонена: кто вступил вместо получателя.");
        }
        Invitation invitation = invitations.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        Recipient recipient = JoinDecisions.underReview(execution, invitation, invitations);
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        invitations.lockForChange(invitation);
        recipient.decided(accepted, by, note, Clock.now());
        // The form's values belong to this decision only: the next claim's task starts empty.
        execution.removeVariable(InvitationVariables.JOIN_ACCEPTED);
        execution.removeVariable(InvitationVariables.DECISION_NOTE);
        if (accepted && !stillBelongs(invitation, recipient.personId())) {
            throw FormErrors.refusal("Получатель выбыл из Техникума или из группы этого чата (переведён), пока заявка "
                    + "ждала решения: принять её нельзя. Выберите «посторонний», напишите «выбыл(а) по приказу» и "
                    + "удалите вступившего на платформе.");
        }
        if (accepted) {
            boolean member = chats.activeMembers(invitation.chatId()).stream()
                    .anyMatch(membership -> membership.personId().equals(recipient.personId()));
            if (!member) {
                Membership membership = new Membership(invitation.collegeId(), recipient.personId(), invitation.chatId(),
                        invitation.role(), by, Clock.now());
                membership.rulesAccepted(recipient.rulesVersion());
                chats.persist(membership);
                joined.fire(new MemberJoined(membership, recipient.rulesVersion()));
            }
            audit.record(invitation.collegeId(), by, "JOIN_ACCEPTED", recipient.personId(), "INVITATION",
                    invitation.id(), "Заявка на вступление принята");
            if (invitation.role() == MembershipRole.TEACHER) {
                teacherJoined.fire(new TeacherJoined(invitation.collegeId(), recipient.personId(), invitation.id(),
                        recipient.id()));
            }
        } else {
            audit.record(invitation.collegeId(), by, "JOIN_REJECTED", recipient.personId(), "INVITATION",
                    invitation.id(), "Заявка отклонена: " + note.trim());
            if (ending.end(invitation, EndReason.STRANGER, by)) {
                // The issuer decides on their own task; moving the instance on is the system's step, not theirs.
                Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
                        .getRuntimeService().createMessageCorrelation(InvitationVariables.REVOKED)
                        .processInstanceId(execution.getProcessInstanceId())
                        .correlateWithResult());
            }
        }
    }

    /**
     * Whether the recipient may still join the chat: in the college, and for a group's chat still of that group — a
     * student in it, a parent with a child in it — since a transfer or a departure may come while the claim waits.
     */
    private boolean stillBelongs(Invitation invitation, String personId) {
        Person person = roster.person(invitation.collegeId(), personId).filter(Person::isActive).orElse(null);
        String group = chats.chat(invitation.collegeId(), invitation.chatId()).map(chat -> chat.groupId()).orElse(null);
        if (person == null || group == null) {
            return person != null;
        }
        return switch (person.role()) {
            case STUDENT -> group.equals(person.groupId());
            case PARENT -> roster.linkedPeople(person.id()).stream()
                    .anyMatch(child -> child.isWithCollege() && group.equals(child.groupId()));
            case STAFF -> true;
        };
    }
}
