package ru.sferumworkflow.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The order as a PDF: Russian text that can be read back, fonts embedded. */
class AppointmentOrderPdfTest {

    private static final AppointmentOrderPdf.Context CONTEXT = new AppointmentOrderPdf.Context(
            "ГБПОУ «Политехнический техникум № 1»", "VK Мессенджер", "info@sferum.ru", "Ольга Николаевна Соколова");

    @Test
    void theApprovedOrderSaysWhoIsAppointedAndWhoApproved() throws IOException {
        AppointmentOrder order = order();
        order.approve("director", OffsetDateTime.of(2026, 11, 29, 9, 30, 0, 0, ZoneOffset.UTC));

        String text = textOf(AppointmentOrderPdf.render(order, CONTEXT));

        assertThat(text).contains("ГБПОУ «Политехнический техникум № 1»", "ПРИКАЗ", "№ 45-ОД", "27.11.2026",
                "ПРИКАЗЫВАЮ", "Кузнецова Анна Сергеевна", "+79123456789",
                "a.kuznetsova@college.ru", "info@sferum.ru", "Ольга Николаевна Соколова", "29.11.2026 12:30");
        assertThat(text).doesNotContain("ПРОЕКТ");
    }

    @Test
    void aDraftIsMarkedAsSuch() throws IOException {
        assertThat(textOf(AppointmentOrderPdf.render(order(), CONTEXT))).contains("ПРОЕКТ — не утверждён");
    }

    @Test
    void theFontsAreEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(AppointmentOrderPdf.render(order(), CONTEXT))) {
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            }
        }
    }

    @Test
    void markupInTheDataIsPrintedAsText() throws IOException {
        AppointmentOrder order = AppointmentOrder.draft("college", "1", "deputy", new OrderDraft("1", LocalDate.of(2026, 11, 27),
                "Кузнецова Анна", "<b>преподаватель</b> & методист", "a@college.ru", "+79123456789", null, null));
        assertThat(textOf(AppointmentOrderPdf.render(order, CONTEXT))).contains("<b>преподаватель</b> & методист");
    }

    static AppointmentOrder order() {
        return AppointmentOrder.draft("college", "1", "deputy", new OrderDraft("45-ОД", LocalDate.of(2026, 11, 27),
                "Кузнецова Анна Сергеевна", "преподаватель информатики", "a.kuznetsova@college.ru", "+79123456789",
                null, null));
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
