package ru.sferumworkflow.removal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.UserNames;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;

/** «Отправить итог администраторам»: one letter to the college's administrators of the Sferum when all is done. */
@Dependent
@Named("sendRemovalSummary")
public class SendRemovalSummary implements JavaDelegate {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    JpaRemovals removals;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        Movement movement = RemovalMovement.of(execution, roster);
        var engine = execution.getProcessEngineServices();
        var identity = engine.getIdentityService();
        // Accounts belong to a college directly or through their groups.
        String addresses = identity.createUserQuery().memberOfGroup(WorkflowGroup.ADMINISTRATORS.id()).list().stream()
                .filter(user -> identity.createTenantQuery().userMember(user.getId()).includingGroupsOfUser(true)
                        .tenantId(movement.collegeId()).count() > 0)
                .map(User::getEmail).filter(email -> email != null && !email.isBlank()).distinct()
                .collect(Collectors.joining(", "));
        List<RemovalSummary.ChatLine> lines = removals.ofMovement(movement.id()).stream()
                .map(removal -> new RemovalSummary.ChatLine(
                        chats.chat(movement.collegeId(), removal.chatId()).map(Chat::title).orElse("?"),
                        removals.memberships(removal.id()).size(), removal))
                .toList();
        String personName = (String) execution.getVariable(RemovalVariables.PERSON_NAME);
        String text = RemovalSummary.text(personName, RemovalReasons.event(movement), lines,
                (Integer) execution.getVariable(RemovalVariables.REVOKED_LINKS),
                (Integer) execution.getVariable(RemovalVariables.INVITE_COUNT),
                (String) execution.getVariable(RemovalVariables.WITHOUT_COUNTERPART),
                user -> user == null ? "система" : UserNames.fullName(engine, user));
        if (!addresses.isEmpty()) {
            mailer.send(new OutgoingMail(addresses, RemovalSummary.subject(personName), text, List.of(),
                    OutgoingMail.messageId("removal", movement.id())));
        }
        audit.record(movement.collegeId(), null, "REMOVAL_COMPLETED", movement.personId(), "MOVEMENT", movement.id(),
                "Удаление из чатов завершено: чатов — " + lines.size()
                        + (addresses.isEmpty() ? "; итог не отправлен: у администраторов Сферума нет e-mail" : ""));
    }
}
