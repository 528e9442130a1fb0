package ru.sferumworkflow.channels;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.JpaChats;

/**
 * The chats that announce a broadcast to its audience: for students, their groups' class and students' chats; for
 * parents, the groups' parents' chats; for staff, the «Учительская».
 */
@Dependent
@Named("broadcastAnnouncements")
public class BroadcastAnnouncements {

    @Inject
    JpaBroadcasts broadcasts;

    @Inject
    JpaChats chats;

    public List<String> chats(DelegateExecution execution) {
        Broadcast broadcast = broadcasts.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String college = broadcast.collegeId();
        List<String> ids = new ArrayList<>();
        for (Audience audience : broadcast.audience()) {
            List<ChatKind> kinds = switch (audience) {
                case STUDENTS -> List.of(ChatKind.CLASS, ChatKind.GROUP_STUDENTS);
                case PARENTS -> List.of(ChatKind.GROUP_PARENTS);
                case STAFF -> List.of(ChatKind.STAFF_ROOM);
            };
            for (ChatKind kind : kinds) {
                chats.openChats(college, kind).stream()
                        .filter(chat -> !kind.ofGroup() || broadcast.groupCodes().contains(chats.groupCodeOf(chat.groupId())))
                        .map(Chat::id).filter(id -> !ids.contains(id)).forEach(ids::add);
            }
        }
        return ids;
    }
}
