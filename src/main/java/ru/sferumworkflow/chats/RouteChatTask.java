package ru.sferumworkflow.chats;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * A task about one chat (the variable «chatId») goes to the chat's moderator (seed §21.4); when the moderator has no
 * account or has left, to the class teacher of the chat's group; else to the administrators.
 */
@Dependent
@Named("routeChatTask")
public class RouteChatTask implements TaskListener {

    /** The variable that names the chat the task is about. */
    public static final String CHAT_ID = "chatId";

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Override
    public void notify(DelegateTask task) {
        Chat chat = chats.chat(task.getTenantId(), (String) task.getVariable(CHAT_ID)).orElseThrow();
        Optional<String> user = accountFor(chat);
        if (user.isPresent()) {
            task.setAssignee(user.get());
        } else {
            task.addCandidateGroup(WorkflowGroup.ADMINISTRATORS.id());
        }
    }

    /** The Tasklist account that answers for the chat: its moderator's, else its group's class teacher's. */
    public Optional<String> accountFor(Chat chat) {
        return account(chat.collegeId(), chat.moderatorId())
                .or(() -> Optional.ofNullable(chat.groupId()).flatMap(group -> roster.group(chat.collegeId(), group))
                        .flatMap(group -> account(chat.collegeId(), group.classTeacherId())));
    }

    private Optional<String> account(String college, String personId) {
        return Optional.ofNullable(personId).flatMap(id -> roster.person(college, id))
                .filter(Person::isActive).map(Person::userId);
    }
}
