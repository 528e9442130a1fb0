package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The act of destruction prints the commission's reason as it was written, markup and quotes included. */
class DestructionActTest {

    @Test
    void markupInTheReasonIsPrintedAsText() throws IOException {
        String reason = "<script>alert('x')</script> «выбыл» \"давно\" & <b>срок</b> истёк";
        byte[] pdf = DestructionAct.pdf(new DestructionAct.Content("7", "Техникум <i>№ 1</i>", "p-1",
                "обучающийся группы ИС-21", reason, List.of("ФИО", "телефон"), Map.of("SFW_PERSON", 1),
                "deputy", "director", OffsetDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(reason, "Техникум <i>№ 1</i>", "29.11.2026 12:00");
        }
    }
}
