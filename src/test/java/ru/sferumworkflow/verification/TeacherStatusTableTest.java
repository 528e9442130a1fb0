package ru.sferumworkflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table «Статус «учитель» по кадровому списку», as deployed, for every combination of its four facts:
 * each combination hits exactly one rule (the table's hit policy is UNIQUE, so a gap or an overlap fails here).
 */
class TeacherStatusTableTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream model = TeacherStatusTableTest.class.getResourceAsStream("/processes/verification/teacher-status.dmn")) {
            decision = engine.parseDecision(StatusRule.DECISION, model);
        }
    }

    @ParameterizedTest(name = "в списке={0}, работает={1}, педагог={2}, контакты={3} → {4}")
    @CsvSource({
            // not among the staff at all: whatever else, a refusal
            "false, false, false, false, REJECT, такого человека нет",
            "false, false, false, true,  REJECT, такого человека нет",
            "false, false, true,  false, REJECT, такого человека нет",
            "false, false, true,  true,  REJECT, такого человека нет",
            "false, true,  false, false, REJECT, такого человека нет",
            "false, true,  false, true,  REJECT, такого человека нет",
            "false, true,  true,  false, REJECT, такого человека нет",
            "false, true,  true,  true,  REJECT, такого человека нет",
            // dismissed: a refusal, even with matching contacts
            "true,  false, false, false, REJECT, уволен",
            "true,  false, false, true,  REJECT, уволен",
            "true,  false, true,  false, REJECT, уволен",
            "true,  false, true,  true,  REJECT, уволен",
            // working, position not pedagogical: the administrator decides
            "true,  true,  false, false, REVIEW, не педагогическая",
            "true,  true,  false, true,  REVIEW, не педагогическая",
            // working teacher whose phone and e-mail both differ: the administrator decides
            "true,  true,  true,  false, REVIEW, расходятся",
            // working teacher, phone or e-mail matches: confirmed at once
            "true,  true,  true,  true,  CONFIRM, совпадает"
    })
    void everyCombinationHasExactlyOneOutcome(boolean inStaff, boolean active, boolean pedagogical, boolean contacts,
            String outcome, String reason) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision,
                new StatusRule(inStaff, active, pedagogical, contacts).variables()).getSingleResult();
        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((String) result.getEntry("reason")).contains(reason);
    }
}
