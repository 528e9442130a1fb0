package ru.sferumworkflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.chats.ChatRules;

/** The form names a breach by the number of a rule: the standard rules it lists must be those of the join page. */
class BreachRulesTest {

    @Test
    void theFormListsTheRulesOfTheJoinPageByTheirNumbers() throws IOException {
        String form = Files.readString(Path.of("processes/moderation/breach-report.form"), StandardCharsets.UTF_8);
        for (int i = 0; i < ChatRules.RULES.size(); i++) {
            assertThat(form).contains((i + 1) + ". " + ChatRules.RULES.get(i).replace("\"", "\\\""));
        }
        assertThat(form).doesNotContain("\\n" + (ChatRules.RULES.size() + 1) + ". ");
    }
}
