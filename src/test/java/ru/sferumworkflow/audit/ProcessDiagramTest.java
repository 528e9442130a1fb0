package ru.sferumworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** The diagram an auditor sees: each step in the state the instance left it, flows taken, names escaped. */
class ProcessDiagramTest {

    @Test
    void stepsArePassedWaitingInterruptedOrNotReached() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/verification/teacher-verification.bpmn"));
        String svg = ProcessDiagram.svg(model, Set.of("verificationRequested", "startMerge", "checkRoster"),
                Set.of("reviewStatusEscalated"), Set.of("reviewStatus"));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("data-activity=\"checkRoster\" data-state=\"passed\"",
                        "data-activity=\"reviewStatusEscalated\" data-state=\"waiting\"",
                        "data-activity=\"reviewStatus\" data-state=\"canceled\"",
                        "data-activity=\"confirmOnPlatform\" data-state=\"not-passed\"",
                        "<title>Подтвердить статус «учитель» — прерван</title>")
                .contains("class=\"flow taken\" marker-end=\"url(#arrow)\" data-flow=\"toCheck");
    }

    @Test
    void namesAreTextNeverMarkup() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("hostile").startEvent("start")
                .name("<script>alert(1)</script> & \"кавычки\"").userTask("task").name("Шаг <b>жирный</b>").endEvent()
                .done();
        String svg = ProcessDiagram.svg(model, Set.of("start"), Set.of("task"), Set.of());
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp;", "&lt;b&gt;");
    }

    @Test
    void longNamesWrapIntoAtMostFiveLines() {
        assertThat(ProcessDiagram.wrap("Подтвердить статус «учитель» (срок администраторов истёк)", 16))
                .containsExactly("Подтвердить", "статус «учитель»", "(срок", "администраторов", "истёк)");
        assertThat(ProcessDiagram.wrap("а б в г д е ж з", 1)).hasSize(5).last().isEqualTo("д…");
    }
}
