package ru.sferumworkflow.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.chats.RouteChatTask;
import ru.sferumworkflow.platform.identity.WorkflowGroup;
import ru.sferumworkflow.roster.JpaRoster;

/**
 * A complaint goes to the chat's moderator like any chat task — unless the moderator is the one complained about or
 * the one who complained: then to the administrators of the Sferum, since nobody judges their own case.
 */
@Dependent
@Named("routeComplaintReview")
public class RouteComplaintReview implements TaskListener {

    @Inject
    RouteChatTask routing;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    JpaBreaches breaches;

    @Override
    public void notify(DelegateTask task) {
        Breach breach = breaches.ofProcess(task.getProcessInstanceId()).orElseThrow();
        Chat chat = chats.chat(breach.collegeId(), breach.chatId()).orElseThrow();
        routing.accountFor(chat)
                .filter(user -> !user.equals(breach.reportedBy()))
                .filter(user -> roster.byUser(breach.collegeId(), user)
                        .map(person -> !person.id().equals(breach.personId())).orElse(true))
                .ifPresentOrElse(task::setAssignee, () -> task.addCandidateGroup(WorkflowGroup.ADMINISTRATORS.id()));
    }
}
