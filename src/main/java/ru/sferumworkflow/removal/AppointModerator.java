package ru.sferumworkflow.removal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Movement;
import ru.sferumworkflow.roster.Person;
import ru.sferumworkflow.validation.FormErrors;
import ru.sferumworkflow.validation.FormValues;

/**
 * The end of «Назначить нового модератора чата»: the administrator names a working teacher by full name or e-mail;
 * the chat's moderator changes before anyone is removed from it, so that its removal task goes to the new one.
 */
@Dependent
@Named("appointModerator")
public class AppointModerator implements ExecutionListener {

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
        Movement movement = RemovalMovement.of(execution, roster);
        String named = FormValues.textOrNull(execution.getVariable(RemovalVariables.NEW_MODERATOR));
        if (named == null) {
            throw FormErrors.refusal("Укажите нового модератора: ФИО или e-mail работающего педагога.");
        }
        Person moderator = roster.oneWorkingStaff(movement.collegeId(), named);
        if (moderator.id().equals(movement.personId())) {
            throw FormErrors.refusal("Этот сотрудник уходит из чатов по этому же событию: назначьте модератором другого педагога.");
        }
        if (!Boolean.TRUE.equals(moderator.pedagogical())) {
            throw FormErrors.refusal("Модератор чата — педагог Техникума (п. 21.4 Порядка), а у этого сотрудника "
                    + "должность не педагогическая: выберите педагога.");
        }
        Chat chat = chats.chat(movement.collegeId(), (String) execution.getVariable(RemovalVariables.CHAT_ID)).orElseThrow();
        chat.moderatedBy(moderator.id());
        audit.record(movement.collegeId(), CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                "CHAT_MODERATOR_CHANGED", moderator.id(), "CHAT", chat.id(),
                "Новый модератор «" + chat.title() + "»: прежний уходит из чатов (" + RemovalReasons.event(movement) + ")");
    }
}
