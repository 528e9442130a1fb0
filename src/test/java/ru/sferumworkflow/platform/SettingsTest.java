package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A number setting an operator mistyped stops the start with a message that names the setting and the value. */
class SettingsTest {

    private static final String PROPERTY = "sferum.job-threads";
    private static final String BREACH_PERIOD = "sferum.breach-period-days";

    @AfterEach
    void forgetTheProperties() {
        System.clearProperty(PROPERTY);
        System.clearProperty(BREACH_PERIOD);
    }

    @Test
    void aWholeNumberAboveZeroIsTaken() {
        System.setProperty(PROPERTY, " 4 ");

        assertThat(Settings.JOB_THREADS.positiveInt()).isEqualTo(4);
    }

    @Test
    void withoutAValueTheDefaultIsTaken() {
        assertThat(Settings.JOB_THREADS.positiveInt()).isEqualTo(10);
    }

    @Test
    void zeroAWordAndAFractionAreRefusedInRussian() {
        for (String wrong : new String[] {"0", "-2", "десять", "2.5"}) {
            System.setProperty(PROPERTY, wrong);

            assertThatThrownBy(Settings.JOB_THREADS::positiveInt).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Настройка SFERUM_JOB_THREADS должна быть целым числом больше нуля, а задано «" + wrong
                            + "»");
        }
    }

    @Test
    void theDefaultsPassTheStartCheck() {
        Settings.checkWholeNumbers();
    }

    @Test
    void aMistypedNumberStopsTheStartEvenWhereOnlyAJobReadsIt() {
        System.setProperty(BREACH_PERIOD, "30 дней");

        assertThatThrownBy(Settings::checkWholeNumbers).isInstanceOf(IllegalStateException.class)
                .hasMessage("Настройка SFERUM_BREACH_PERIOD_DAYS должна быть целым числом больше нуля, а задано «30 дней»");
    }
}
