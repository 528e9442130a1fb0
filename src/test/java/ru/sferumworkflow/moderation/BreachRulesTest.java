package ru.sferumworkflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.invitation.ChatRules;

/** The form names a breach by the number of a rule: its list must be the rules the join page shows, in that order. */
class BreachRulesTest {

    @Test
    void theFormListsTheRulesOfTheJoinPageByTheirNumbers() throws IOException {
        String form = Files.readString(Path.of("processes/moderation/breach-report.form"), StandardCharsets.UTF_8);
        for (int i = 0; i < ChatRules.RULES.size(); i++) {
            assertThat(form).contains((i + 1) + ". " + ChatRules.RULES.get(i).replace("\"", "\\\""));
        }
        assertThat(form).contains("\"max\": " + ChatRules.RULES.size())
                .doesNotContain("\\n" + (ChatRules.RULES.size() + 1) + ". ");
    }

    @Test
    void onlyANumberOfTheRulesIsAGround() {
        assertThat(ChatRules.rule(1)).contains(ChatRules.RULES.get(0));
        assertThat(ChatRules.rule(ChatRules.RULES.size())).isPresent();
        assertThat(ChatRules.rule(0)).isEmpty();
        assertThat(ChatRules.rule(ChatRules.RULES.size() + 1)).isEmpty();
    }
}
