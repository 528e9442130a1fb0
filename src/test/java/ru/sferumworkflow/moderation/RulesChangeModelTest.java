package ru.sferumworkflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.sferumworkflow.platform.TestProcessEngine;
import ru.sferumworkflow.platform.mail.MailSettings;

/**
 * The model of «Новые правила чата» without a container, started as the application starts it: one job per letter,
 * for a chat of 300 members too. The letter step is a stand-in that notes which letter it was asked to send; the
 * letters themselves are shown over HTTP in {@code ModerationIT} and, on two nodes, in {@code ClusterIT}.
 */
@Deployment(resources = "processes/moderation/rules-change.bpmn")
class RulesChangeModelTest {

    static final List<String> SENT = Collections.synchronizedList(new ArrayList<>());

    /** Kept out of the test class: the extension injects into every engine field it finds there. */
    private static final class Engine {
        static final ProcessEngine INSTANCE = TestProcessEngine.create("rules-change-model-test", beans());
    }

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(Engine.INSTANCE).build();

    static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("rulesLetters", new RulesLetters());
        beans.put("sendNewRules", (JavaDelegate) execution -> SENT.add((String) execution.getVariable("noticeId")));
        beans.put("mailSettings", new MailSettings());
        return beans;
    }

    @Test
    void eachOfThreeHundredMembersGetsOneLetterJobAndTheListIsNotStored() {
        SENT.clear();
        List<String> notices = IntStream.range(0, 300).mapToObj(i -> UUID.randomUUID().toString()).toList();

        ProcessInstance instance = Engine.INSTANCE.getRuntimeService().createProcessInstanceByKey(RulesLetters.PROCESS)
                .processDefinitionWithoutTenantId().businessKey("rules-1")
                .setVariables(RulesLetters.startVariables(notices, "college")).execute();

        List<Job> letters = Engine.INSTANCE.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).list();
        assertThat(letters).hasSize(300);
        letters.forEach(job -> Engine.INSTANCE.getManagementService().executeJob(job.getId()));
        assertThat(SENT).containsExactlyInAnyOrderElementsOf(notices);
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).finished().count()).isEqualTo(1);
        // 300 ids in one stored text were 11,100 characters; the engine stores no more than 4,000.
        assertThat(Engine.INSTANCE.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(RulesLetters.NOTICE_IDS).count()).isZero();
        assertThat(instance.getTenantId()).isEqualTo("college");
    }
}
