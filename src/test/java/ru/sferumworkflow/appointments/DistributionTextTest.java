package ru.sferumworkflow.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The distribution as people write it: typed with semicolons, pasted from Excel, saved as CSV with a header. */
class DistributionTextTest {

    @Test
    void typedLinesWithSemicolons() {
        List<String> problems = new ArrayList<>();
        List<DistributionText.Line> lines = DistributionText.parse("ИС-21; Волкова Елена Андреевна\nСВ-11 ;pavlov@college.example\n",
                problems);
        assertThat(problems).isEmpty();
        assertThat(lines).containsExactly(new DistributionText.Line(1, "ИС-21", "Волкова Елена Андреевна"),
                new DistributionText.Line(2, "СВ-11", "pavlov@college.example"));
    }

    @Test
    void twoColumnsPastedFromExcelWithAHeader() {
        List<String> problems = new ArrayList<>();
        List<DistributionText.Line> lines = DistributionText.parse(
                "Группа\tКлассный руководитель\r\nИС-21\tВолкова Елена Андреевна\r\n\r\n", problems);
        assertThat(problems).isEmpty();
        assertThat(lines).containsExactly(new DistributionText.Line(2, "ИС-21", "Волкова Елена Андреевна"));
    }

    @Test
    void aCsvFileWithCommasAndQuotes() {
        List<String> problems = new ArrayList<>();
        List<DistributionText.Line> lines = DistributionText.parse(
                "Группа,Классный руководитель\nИС-21,\"Волкова Елена Андреевна\"\n", problems);
        assertThat(problems).isEmpty();
        assertThat(lines).extracting(DistributionText.Line::teacher).containsExactly("Волкова Елена Андреевна");
    }

    @Test
    void everyBadLineIsNamed() {
        List<String> problems = new ArrayList<>();
        DistributionText.parse("ИС-21;Волкова Елена Андреевна\nСВ-11\nТМ-31;Павлов;лишнее\n", problems);
        assertThat(problems).containsExactly(
                "Строка 2: нужны код группы и классный руководитель через «;».",
                "Строка 3: лишние столбцы — нужны только группа и классный руководитель.");
    }

    @Test
    void nothingWrittenIsRefused() {
        List<String> problems = new ArrayList<>();
        assertThat(DistributionText.parse("  \n", problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("Распределение пустое");
        problems.clear();
        DistributionText.parse("Группа;Классный руководитель\n", problems);
        assertThat(problems).containsExactly("В распределении нет ни одной группы.");
    }
}
