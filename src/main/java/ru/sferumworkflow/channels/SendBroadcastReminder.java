package ru.sferumworkflow.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.Chat;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.Mailer;
import ru.sferumworkflow.platform.mail.OutgoingMail;
import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/**
 * «Напомнить о трансляции» the day before: a letter to the host and to each moderator of the announcing chats, each
 * their own (nobody sees the others' addresses).
 */
@Dependent
@Named("sendBroadcastReminder")
public class SendBroadcastReminder implements JavaDelegate {

    @Inject
    JpaBroadcasts broadcasts;

    @Inject
    BroadcastAnnouncements announcements;

    @Inject
    JpaChats chats;

    @Inject
    JpaRoster roster;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Override
    public void execute(DelegateExecution execution) {
        Broadcast broadcast = broadcasts.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        String college = broadcast.collegeId();
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(broadcast.hostId(), "Вы ведёте эту трансляцию. После неё отметьте в Tasklist, сколько было "
                + "участников, и напишите короткий отчёт.");
        for (String chatId : announcements.chats(execution)) {
            chats.chat(college, chatId).map(Chat::moderatorId).filter(id -> id != null)
                    .ifPresent(moderator -> roles.putIfAbsent(moderator, "Напомните участникам ваших чатов о "
                            + "трансляции."));
        }
        int sent = 0;
        for (Map.Entry<String, String> role : roles.entrySet()) {
            Person person = roster.person(college, role.getKey()).filter(Person::isActive).orElse(null);
            if (person == null || person.email() == null) {
                continue;
            }
            String when = RequestBroadcast.WHEN.format(broadcast.startsAt().atZoneSameInstant(Clock.COLLEGE_ZONE));
            mailer.send(new OutgoingMail(person.email(), "Трансляция «" + broadcast.topic() + "» — " + when,
                    "Здравствуйте!\n\nНапоминание: " + when + " — трансляция «" + broadcast.topic() + "».\n\n"
                            + role.getValue() + "\n",
                    List.of(), OutgoingMail.messageId("broadcast-reminder", broadcast.id() + "." + person.id())));
            sent++;
        }
        audit.record(college, null, "BROADCAST_REMINDED", null, "BROADCAST", broadcast.id(),
                "Напоминание о трансляции отправлено: писем — " + sent);
    }
}
