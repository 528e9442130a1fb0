package ru.sferumworkflow.platform;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/** What the process tests without a container do with an instance's tasks and jobs, on the engine they are given. */
public final class ModelTasks {

    private ModelTasks() {
    }

    /** The instance's one open task (null when there is none). */
    public static Task only(ProcessEngine engine, ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    public static void complete(ProcessEngine engine, Task task, Map<String, Object> values) {
        engine.getTaskService().complete(task.getId(), values);
    }

    /** The groups the task waits for. */
    public static List<String> groups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
    }

    /** Runs the instance's one job (an asynchronous step) now. */
    public static void runJob(ProcessEngine engine, ProcessInstance instance) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** The id of the end event the finished instance reached. */
    public static String endedAt(ProcessEngine engine, ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId();
    }
}
