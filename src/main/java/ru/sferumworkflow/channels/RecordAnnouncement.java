package ru.sferumworkflow.channels;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import ru.sferumworkflow.audit.AuditLog;
import ru.sferumworkflow.chats.JpaChats;
import ru.sferumworkflow.platform.CurrentUser;
import ru.sferumworkflow.validation.FormErrors;

/**
 * The start and the end of an announcement (in a chat, or in the system channel): the chat's title for the form and
 * the tick emptied locally at the start; at the end, the tick is required and the announcement is in the audit.
 */
@Dependent
@Named("recordAnnouncement")
public class RecordAnnouncement implements ExecutionListener {

    @Inject
    JpaBroadcasts broadcasts;

    @Inject
    JpaChats chats;

    @Inject
    AuditLog audit;

    @Override
    public void notify(DelegateExecution execution) {
        String chatId = (String) execution.getVariable(ChannelVariables.CHAT_ID);
        if (EVENTNAME_START.equals(execution.getEventName())) {
            execution.setVariableLocal(ChannelVariables.ANNOUNCED, null);
            execution.setVariableLocal(ChannelVariables.CHAT_TITLE, chatId == null
                    ? (String) execution.getVariable(ChannelVariables.ANNOUNCE_CHANNEL)
                    : chats.chat(execution.getTenantId(), chatId).map(chat -> chat.title()).orElse("?"));
            return;
        }
        if (execution.isCanceled()) {
            return;
        }
        if (!Boolean.TRUE.equals(execution.getVariable(ChannelVariables.ANNOUNCED))) {
            throw FormErrors.refusal("Разместите объявление о трансляции на платформе и отметьте, что это сделано.");
        }
        Broadcast broadcast = broadcasts.ofProcess(execution.getProcessInstanceId()).orElseThrow();
        audit.record(broadcast.collegeId(), CurrentUser.id(execution.getProcessEngineServices()).orElse(null),
                "BROADCAST_ANNOUNCED", null, chatId == null ? "BROADCAST" : "CHAT",
                chatId == null ? broadcast.id() : chatId, "Объявлено о трансляции «" + broadcast.topic() + "» в «"
                        + execution.getVariable(ChannelVariables.CHAT_TITLE) + "»");
    }
}
