package ru.sferumworkflow.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;


/** A whole college's distribution reaches the director in parts the engine can keep, and in full. */
class DistributionTableTest {

    private static List<String> lines(int groups) {
        return IntStream.range(0, groups).mapToObj(i -> "- **ИС-" + (100 + i) + "** — Волкова Елена Андреевна "
                + "(вместо: Первова Анна Ивановна)\n").toList();
    }

    @Test
    void aHundredAndTwentyGroupsComeInPartsOfAtMostFourThousandCharactersThatTogetherAreTheWholeList() {
        List<String> lines = lines(120);

        List<String> parts = DistributionTable.parts(lines);

        assertThat(String.join("", lines)).hasSizeGreaterThan(8_000);
        assertThat(parts).hasSize(DistributionTable.PARTS).allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(4_000));
        assertThat(String.join("", parts)).isEqualTo(String.join("", lines));
        assertThat(parts).allSatisfy(part -> assertThat(part).matches("(?s)|.*\n"));
        assertThat(parts.subList(3, DistributionTable.PARTS)).containsOnly("");
    }

    @Test
    void eachPartHasItsOwnVariableAsTheApprovalFormNamesThem() {
        assertThat(IntStream.range(0, DistributionTable.PARTS).mapToObj(DistributionTable::variable))
                .containsExactly("distributionTable", "distributionTable2", "distributionTable3", "distributionTable4",
                        "distributionTable5", "distributionTable6", "distributionTable7", "distributionTable8",
                        "distributionTable9", "distributionTable10");
    }

    @Test
    void moreThanTheFormShowsIsRefusedInRussian() {
        assertThatThrownBy(() -> DistributionTable.parts(lines(700))).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("в нём 700 групп");
    }
}
