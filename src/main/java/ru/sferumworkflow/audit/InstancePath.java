package ru.sferumworkflow.audit;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

import ru.sferumworkflow.platform.SystemCall;

/**
 * The steps of one instance by what became of them, for its diagram: passed (ended), interrupted (by a timer, a
 * cancellation), and — while it runs — where it is now: its activity tree (a task, a timer, a step waiting for its
 * asynchronous job) and the steps with an open incident.
 */
record InstancePath(Set<String> passed, Set<String> waiting, Set<String> canceled) {

    static InstancePath of(ProcessEngine engine, HistoricProcessInstance instance) {
        Set<String> passed = new HashSet<>();
        Set<String> canceled = new HashSet<>();
        for (HistoricActivityInstance step : engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            if (step.getEndTime() != null) {
                (step.isCanceled() ? canceled : passed).add(step.getActivityId());
            }
        }
        Set<String> waiting = instance.getEndTime() == null
                ? SystemCall.run(engine, () -> waitingAt(engine, instance.getId())) : Set.of();
        return new InstancePath(passed, waiting, canceled);
    }

    private static Set<String> waitingAt(ProcessEngine engine, String processInstanceId) {
        Set<String> waiting = new HashSet<>();
        ActivityInstance tree = engine.getRuntimeService().getActivityInstance(processInstanceId);
        if (tree != null) {
            collect(tree, waiting);
        }
        engine.getRuntimeService().createIncidentQuery().processInstanceId(processInstanceId).list()
                .forEach(incident -> waiting.add(incident.getActivityId()));
        return waiting;
    }

    private static void collect(ActivityInstance activity, Set<String> waiting) {
        if (activity.getChildActivityInstances().length == 0 && activity.getChildTransitionInstances().length == 0) {
            waiting.add(activity.getActivityId());
        }
        for (TransitionInstance transition : activity.getChildTransitionInstances()) {
            waiting.add(transition.getActivityId());
        }
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            collect(child, waiting);
        }
    }
}
