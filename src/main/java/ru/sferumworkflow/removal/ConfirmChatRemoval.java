package ru.sferumworkflow.removal;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.Membership;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The end of «Удалить участника из чата»: the moderator (or, once late, an administrator) confirms the removal on
 * the platform, and every membership of this chat the event concerns ends with the reason, the order and who
 * confirmed it. The rows stay.
 */
@Dependent
@Named("confirmChatRemoval")
public class ConfirmChatRemoval implements ExecutionListener {

    @Inject
    JpaRoster roster;

    @Inject
    JpaChats chats;

    @Inject
    JpaRemovals removals;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(RemovalVariables.REMOVED))) {
            throw FormErrors.refusal("Отметьте, что участники удалены из чата на платформе, — или вернитесь к задаче, "
                    + "когда удалите.");
        }
        Movement movement = RemovalMovement.of(execution, roster);
        ChatRemoval removal = removals.removal((String) execution.getVariable(RemovalVariables.REMOVAL_ID)).orElseThrow();
        String by = CurrentUser.id(execution.getProcessEngineServices()).orElse(null);
        List<Membership> ending = removals.memberships(removal.id());
        for (Membership membership : ending) {
            membership.end(RemovalReasons.of(movement, membership.role(), membership.personId().equals(movement.personId())),
                    RemovalReasons.document(movement), by, Clock.now());
        }
        removal.done(by, Clock.now());
        String chatTitle = chats.chat(removal.collegeId(), removal.chatId()).map(Chat::title).orElse("?");
        audit.record(removal.collegeId(), by, "CHAT_REMOVAL_CONFIRMED", movement.personId(), "CHAT", removal.chatId(),
                "Удалены из «" + chatTitle + "» на платформе: участников — " + ending.size() + "; "
                        + RemovalReasons.event(movement));
    }
}
