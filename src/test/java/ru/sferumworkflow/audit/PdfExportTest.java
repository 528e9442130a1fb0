package ru.sferumworkflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** An audit PDF prints what was recorded as it was written: markup, quotes and a very long comment included. */
class PdfExportTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 29, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void markupAndQuotesInACommentArePrintedAsText() throws IOException {
        String comment = "<script>alert('x')</script> «кавычки» \"двойные\" & <b>жирный</b>\u0007";
        String text = textOf(PdfExport.of("Ход процесса <i>заявки</i>", "auditor & <u>co</u>", List.of(
                new AuditTrail.Entry(AT, "Комментарий", "Шаг <b>решения</b>", "director", comment))));

        assertThat(text).contains("Ход процесса <i>заявки</i>", "auditor & <u>co</u>", "Шаг <b>решения</b>",
                "<script>alert('x')</script> «кавычки» \"двойные\" & <b>жирный</b>", "29.11.2026 12:30:00");
    }

    @Test
    void aVeryLongCommentWrapsOntoFurtherPagesAndNothingIsLost() throws IOException {
        String words = "слово ".repeat(3_000) + "последнее";
        String unbroken = "я".repeat(2_000);
        byte[] pdf = PdfExport.of("Ход процесса", "auditor", List.of(
                new AuditTrail.Entry(AT, "Комментарий", "Шаг", "director", words),
                new AuditTrail.Entry(AT, "Комментарий", "Шаг", "director", unbroken)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String text = textOf(pdf);
        assertThat(text).contains("последнее");
        assertThat(text.replace(" ", "")).contains(unbroken);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
