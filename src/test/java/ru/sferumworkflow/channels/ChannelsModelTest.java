package ru.sferumworkflow.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.AssignCompleter;
import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.calendar.WorkingDays;
import ru.sferumworkflow.platform.mail.MailSettings;

/**
 * The models of «Публикация в системном канале» and «Трансляция» on each path, without a container: published on its
 * date, returned and resubmitted, returned and withdrawn; a broadcast refused, or approved — announced in every
 * audience chat and in the channel, reminded the day before, reported by the host or, late, by the administration.
 * What the steps do is shown over HTTP in {@code ChannelsIT}.
 */
@Deployment(resources = {"processes/channels/channel-publication.bpmn", "processes/channels/publication-request.form",
        "processes/channels/review-publication.form", "processes/channels/revise-publication.form",
        "processes/channels/publish-in-channel.form", "processes/channels/broadcast.bpmn",
        "processes/channels/broadcast-request.form", "processes/channels/approve-broadcast.form",
        "processes/channels/announce-broadcast.form", "processes/channels/broadcast-report.form"})
class ChannelsModelTest {

    static final List<String> LOG = new ArrayList<>();

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("channels-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    /** As the real beans: two audience chats; the day before and the end are a week ahead. */
    public static final class StubBroadcast {
        public List<String> chats(DelegateExecution execution) {
            return List.of("c1", "c2");
        }

        public Date dayBefore(DelegateExecution execution) {
            return Date.from(Instant.now().plus(7, ChronoUnit.DAYS));
        }

        public Date over(DelegateExecution execution) {
            return Date.from(Instant.now().plus(8, ChronoUnit.DAYS));
        }

        public Date due(DelegateExecution execution) {
            return Date.from(Instant.now().plus(3, ChronoUnit.DAYS));
        }
    }

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("submitPublication", (ExecutionListener) execution -> {
            LOG.add("submitted");
            execution.setVariable(ChannelVariables.AUTHOR, "author");
        });
        beans.put("recordPublicationReview", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                execution.setVariable(ChannelVariables.APPROVED,
                        "publish".equals(execution.getVariable(ChannelVariables.REVIEW_DECISION)));
                LOG.add("reviewed");
            }
        });
        beans.put("revisePublication", (ExecutionListener) execution -> {
            if (!execution.isCanceled()) {
                execution.setVariable(ChannelVariables.RESUBMITTED,
                        "resubmit".equals(execution.getVariable(ChannelVariables.REVISION)));
                LOG.add("revised");
            }
        });
        beans.put("recordBroadcastDecision", (ExecutionListener) execution -> execution.setVariable(
                ChannelVariables.BROADCAST_APPROVED, "approve".equals(execution.getVariable(ChannelVariables.DECISION))));
        for (String step : List.of("requestBroadcast", "recordPublished", "recordAnnouncement", "recordBroadcastReport")) {
            beans.put(step, (ExecutionListener) execution -> {
                if (!execution.isCanceled()) {
                    LOG.add(step + " " + execution.getEventName()
                            + (execution.hasVariable("chatId") ? " " + execution.getVariable("chatId") : ""));
                }
            });
        }
        beans.put("sendBroadcastReminder", (JavaDelegate) execution -> LOG.add("reminded"));
        beans.put("routeChatTask", (TaskListener) task -> task.setAssignee("moderator-" + task.getVariable("chatId")));
        StubBroadcast stub = new StubBroadcast();
        beans.put("broadcastAnnouncements", stub);
        beans.put("broadcastDates", stub);
        beans.put("publicationDates", stub);
        beans.put("assignCompleter", new AssignCompleter());
        beans.put("workingDays", new WorkingDays());
        beans.put("mailSettings", new MailSettings());
        return beans;
    }

    @BeforeEach
    void clear() {
        LOG.clear();
    }

    @Test
    void checkedMaterialIsPublishedOnItsDate() {
        ProcessInstance instance = start(ChannelVariables.PUBLICATION_PROCESS);
        Task review = only(instance);
        assertThat(groups(review)).containsExactly("administrators");
        complete(review, Map.of(ChannelVariables.REVIEW_DECISION, "publish"));
        assertThat(tasks(instance)).as("waits for the date").isEmpty();
        run(instance, "publicationDay");
        Task publish = only(instance);
        assertThat(publish.getTaskDefinitionKey()).isEqualTo("publishInChannel");
        complete(publish, Map.of(ChannelVariables.PUBLISHED, true));
        assertThat(LOG).containsExactly("submitted", "reviewed", "recordPublished end");
        assertEndedAt(instance, "materialPublished");
    }

    @Test
    void returnedMaterialGoesBackToItsAuthorWhoResubmitsOrWithdraws() {
        ProcessInstance instance = start(ChannelVariables.PUBLICATION_PROCESS);
        complete(only(instance), Map.of(ChannelVariables.REVIEW_DECISION, "return",
                ChannelVariables.REVIEW_COMMENT, "Уберите телефон"));
        Task revise = only(instance);
        assertThat(revise.getAssignee()).isEqualTo("author");
        complete(revise, Map.of(ChannelVariables.REVISION, "resubmit"));
        assertThat(only(instance).getTaskDefinitionKey()).isEqualTo("reviewPublication");
        complete(only(instance), Map.of(ChannelVariables.REVIEW_DECISION, "return", ChannelVariables.REVIEW_COMMENT, "Нет"));
        complete(only(instance), Map.of(ChannelVariables.REVISION, "withdraw"));
        assertThat(LOG).containsExactly("submitted", "reviewed", "revised", "reviewed", "revised");
        assertEndedAt(instance, "materialWithdrawn");
    }

    @Test
    void aRefusedBroadcastEndsWithTheAdministration() {
        ProcessInstance instance = start(ChannelVariables.BROADCAST_PROCESS);
        Task approval = only(instance);
        assertThat(groups(approval)).containsExactly("administration");
        complete(approval, Map.of(ChannelVariables.DECISION, "refuse"));
        assertEndedAt(instance, "broadcastRefused");
    }

    @Test
    void anApprovedBroadcastIsAnnouncedRemindedAndReportedByItsHost() {
        ProcessInstance instance = Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(
                ChannelVariables.BROADCAST_PROCESS, Map.of(ChannelVariables.HOST_USER, "host"));
        complete(only(instance), Map.of(ChannelVariables.DECISION, "approve"));
        List<Task> announcements = tasks(instance);
        assertThat(announcements).extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder("announceInChat", "announceInChat", "announceInChannel");
        assertThat(announcements).extracting(Task::getAssignee).contains("moderator-c1", "moderator-c2");
        announcements.forEach(task -> complete(task, Map.of(ChannelVariables.ANNOUNCED, true)));
        run(instance, "dayBefore");
        run(instance, "remind");
        run(instance, "broadcastOver");
        Task report = only(instance);
        assertThat(report.getAssignee()).isEqualTo("host");
        complete(report, Map.of(ChannelVariables.ATTENDANCE, 42, ChannelVariables.REPORT, "Прошло хорошо"));
        assertThat(LOG).contains("recordAnnouncement end c1", "recordAnnouncement end c2", "reminded",
                "recordBroadcastReport end");
        assertEndedAt(instance, "reportDone");
    }

    @Test
    void aLateReportGoesToTheAdministration() {
        // A host without an account: the report waits with the administration from the start.
        Map<String, Object> noAccount = new HashMap<>();
        noAccount.put(ChannelVariables.HOST_USER, null);
        ProcessInstance instance = Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(
                ChannelVariables.BROADCAST_PROCESS, noAccount);
        complete(only(instance), Map.of(ChannelVariables.DECISION, "approve"));
        tasks(instance).forEach(task -> complete(task, Map.of(ChannelVariables.ANNOUNCED, true)));
        run(instance, "dayBefore");
        run(instance, "remind");
        run(instance, "broadcastOver");
        assertThat(only(instance).getAssignee()).isNull();
        assertThat(groups(only(instance))).containsExactly("administration");
        run(instance, "reportOverdue");
        Task escalated = only(instance);
        assertThat(escalated.getTaskDefinitionKey()).isEqualTo("reportEscalated");
        assertThat(groups(escalated)).containsExactly("administration");
        complete(escalated, Map.of(ChannelVariables.ATTENDANCE, 10, ChannelVariables.REPORT, "Со слов ведущего"));
        assertThat(LOG).contains("recordBroadcastReport start", "recordBroadcastReport end");
        assertEndedAt(instance, "reportDone");
    }

    private static ProcessInstance start(String key) {
        return Engine.INSTANCE.getRuntimeService().startProcessInstanceByKey(key);
    }

    private static Task only(ProcessInstance instance) {
        List<Task> tasks = tasks(instance);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static List<Task> tasks(ProcessInstance instance) {
        return Engine.INSTANCE.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    }

    private static List<String> groups(Task task) {
        return Engine.INSTANCE.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    private static void complete(Task task, Map<String, Object> values) {
        Engine.INSTANCE.getTaskService().complete(task.getId(), values);
    }

    private static void run(ProcessInstance instance, String activityId) {
        List<Job> jobs = Engine.INSTANCE.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
        assertThat(jobs).as("jobs of " + activityId).hasSize(1);
        Engine.INSTANCE.getManagementService().executeJob(jobs.get(0).getId());
    }

    private static void assertEndedAt(ProcessInstance instance, String endEvent) {
        assertThat(Engine.INSTANCE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(endEvent).count()).isEqualTo(1);
    }
}
