package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The retention settings as an operator writes them, and the refusal that says what to write instead. */
class HistoryRetentionTest {

    @Test
    void aNightWindow() {
        assertThat(HistoryRetention.window("01:00-05:00")).containsExactly("01:00", "05:00");
        assertThat(HistoryRetention.window(" 22:30-04:15 ")).containsExactly("22:30", "04:15");
        assertThatThrownBy(() -> HistoryRetention.window("1:00-5:00")).hasMessageContaining("ЧЧ:ММ-ЧЧ:ММ");
        assertThatThrownBy(() -> HistoryRetention.window("25:00-05:00")).hasMessageContaining("01:00-05:00");
    }

    @Test
    void daysPerProcess() {
        assertThat(HistoryRetention.timeToLive(null)).isEmpty();
        assertThat(HistoryRetention.timeToLive("invitation=365, chatBreach=1095"))
                .isEqualTo(Map.of("invitation", 365, "chatBreach", 1095));
        assertThatThrownBy(() -> HistoryRetention.timeToLive("invitation=год")).hasMessageContaining("ключ процесса=дней");
        assertThatThrownBy(() -> HistoryRetention.timeToLive("invitation=0")).hasMessageContaining("от 1 до 36 500");
    }
}
