package ru.sferumworkflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** Whole numbers as forms and REST clients send them: a rule's number, a term in days. */
class FormValuesTest {

    @Test
    void aWholeNumberInRangeIsTakenAsItIs() {
        assertThat(FormValues.wholeNumber("3", 1, 30)).hasValue(3);
        assertThat(FormValues.wholeNumber(7L, 1, 30)).hasValue(7);
        assertThat(FormValues.wholeNumber("7.0", 1, 30)).hasValue(7);
        assertThat(FormValues.wholeNumber(" 30 ", 1, 30)).hasValue(30);
    }

    @Test
    void aFractionTextOutOfRangeOrNothingIsNoNumber() {
        for (Object value : new Object[] {"1.9", "0", "31", "пять", "", null, "1e400"}) {
            assertThat(FormValues.wholeNumber(value, 1, 30)).as(String.valueOf(value)).isEqualTo(OptionalInt.empty());
        }
    }
}
