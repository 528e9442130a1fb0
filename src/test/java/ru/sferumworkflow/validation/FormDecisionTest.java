package ru.sferumworkflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A reviewer's two-way decision and the note a refusal must carry, as Tasklist forms submit them. */
class FormDecisionTest {

    @Test
    void theTwoAnswersAndNothingElse() {
        assertThat(FormDecision.choice("confirm", "confirm", "refuse", "Выберите")).isTrue();
        assertThat(FormDecision.choice(" refuse ", "confirm", "refuse", "Выберите")).isFalse();
        assertThatThrownBy(() -> FormDecision.choice(null, "confirm", "refuse", "Выберите решение."))
                .hasMessageContaining("Выберите решение.");
        assertThatThrownBy(() -> FormDecision.choice("maybe", "confirm", "refuse", "Выберите решение."))
                .hasMessageContaining("Выберите решение.");
    }

    @Test
    void aRequiredNoteIsThereAndNoNoteIsTooLong() {
        assertThat(FormDecision.note("  Причина  ", true, "Напишите причину.")).isEqualTo("Причина");
        assertThat(FormDecision.note("", false, "Напишите причину.")).isNull();
        assertThatThrownBy(() -> FormDecision.note(" ", true, "Напишите причину."))
                .hasMessageContaining("Напишите причину.");
        assertThatThrownBy(() -> FormDecision.note("я".repeat(1001), false, "Напишите причину."))
                .hasMessageContaining("до 1000 знаков");
    }
}
