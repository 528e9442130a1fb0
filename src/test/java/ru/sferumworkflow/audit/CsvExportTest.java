package ru.sferumworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An audit export opened in Excel shows what was recorded and runs nothing. */
class CsvExportTest {

    @Test
    void formulasAreTextAndSeparatorsAndQuotesSurvive() {
        String csv = CsvExport.of(List.of("Когда", "Что"), List.of(
                List.of("29.11.2026", "=HYPERLINK(\"http://evil\";\"клик\")"),
                List.of("29.11.2026", "+7 912 000-00-00"),
                List.of("29.11.2026", "-1+2"),
                List.of("29.11.2026", "@SUM(A1)"),
                List.of("29.11.2026", "Иванов; «Сидоров»")));
        assertThat(csv).startsWith("\uFEFFКогда;Что\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"клик\"\")\"", "'+7 912 000-00-00", "'-1+2",
                "'@SUM(A1)", "\"Иванов; «Сидоров»\"");
    }
}
