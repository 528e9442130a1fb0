package ru.sferumworkflow.removal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.platform.mail.MailSettings;
import ru.sferumworkflow.validation.FormErrors;

/**
 * Stand-ins for the steps of «Удаление из чатов» that record what they were asked to do, for the model test and the
 * bare-engine side of the removal benchmark. The plan comes from start variables: «stubRemovals» and «stubOrphans»
 * (chat ids, comma-separated) and «stubInvites» (invites, one per line).
 */
final class StubRemovalSteps {

    /** Synchronized: in the benchmark the summary is written by the job executor while the test confirms tasks. */
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    /** The collections the multi-instance steps run over, read from the start variables. */
    public static final class Plan {
        public List<String> orphanedChats(DelegateExecution execution) {
            return list(execution, "stubOrphans", ",");
        }

        public List<String> chatRemovals(DelegateExecution execution) {
            return list(execution, "stubRemovals", ",");
        }

        public List<String> transferInvites(DelegateExecution execution) {
            return list(execution, RemovalVariables.TRANSFER_INVITES, "\n");
        }

        private static List<String> list(DelegateExecution execution, String variable, String separator) {
            String text = (String) execution.getVariable(variable);
            return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
        }
    }

    Map<Object, Object> beans() {
        Plan plan = new Plan();
        Map<Object, Object> beans = new HashMap<>();
        beans.put("planRemoval", (JavaDelegate) execution -> {
            log.add("plan");
            execution.setVariable(RemovalVariables.CHAT_COUNT, plan.chatRemovals(execution).size());
            execution.setVariable(RemovalVariables.ORPHANED_CHAT_COUNT, plan.orphanedChats(execution).size());
            execution.setVariable(RemovalVariables.INVITE_COUNT, plan.transferInvites(execution).size());
            execution.setVariable(RemovalVariables.REVOKED_LINKS, 0);
        });
        beans.put("removalPlan", plan);
        beans.put("describeChatRemoval", (ExecutionListener) execution -> {
            execution.setVariableLocal(RemovalVariables.CHAT_ID, execution.getVariable(RemovalVariables.REMOVAL_ID));
            execution.setVariableLocal(RemovalVariables.REMOVED, false);
        });
        beans.put("describeChatTask", (ExecutionListener) execution -> {
            String invite = (String) execution.getVariable(RemovalVariables.INVITE);
            if (invite != null) {
                execution.setVariableLocal(RemovalVariables.CHAT_ID, TransferInvite.decode(invite).chatId());
            }
        });
        // The moderator of chat «c1» is the user «moderator-c1»; chats whose id starts with «orphan» have none.
        beans.put("routeChatTask", (TaskListener) task -> {
            String chat = (String) task.getVariable(RemovalVariables.CHAT_ID);
            if (chat.startsWith("orphan")) {
                task.addCandidateGroup("administrators");
            } else {
                task.setAssignee("moderator-" + chat);
            }
        });
        beans.put("confirmChatRemoval", (ExecutionListener) execution -> {
            if (execution.isCanceled()) {
                return;
            }
            if (!Boolean.TRUE.equals(execution.getVariable(RemovalVariables.REMOVED))) {
                throw FormErrors.refusal("not confirmed");
            }
            log.add("removed:" + execution.getVariable(RemovalVariables.CHAT_ID));
        });
        beans.put("markRemovalOverdue", (ExecutionListener) execution ->
                log.add("overdue:" + execution.getVariable(RemovalVariables.CHAT_ID)));
        beans.put("appointModerator", (ExecutionListener) execution ->
                log.add("appointed:" + execution.getVariable(RemovalVariables.CHAT_ID)));
        beans.put("inviteToNewGroup", (ExecutionListener) execution ->
                log.add("invited:" + execution.getVariable(RemovalVariables.CHAT_ID)));
        beans.put("sendRemovalSummary", (JavaDelegate) execution -> log.add("summary"));
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("mailSettings", new MailSettings());
        return beans;
    }
}
