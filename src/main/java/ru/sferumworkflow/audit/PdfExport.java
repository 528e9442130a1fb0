package ru.sferumworkflow.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.sferumworkflow.documents.PdfRenderer;
import ru.sferumworkflow.documents.XhtmlTemplate;
import ru.sferumworkflow.platform.Clock;

/** A list, a timeline or a trail as a PDF for the file of an inspection: a title, who made it and when, a table. */
final class PdfExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    static final List<String> ENTRY_COLUMNS = List.of("Когда", "Что", "Шаг или предмет", "Кто", "Подробности");

    private PdfExport() {
    }

    /** A timeline or a trail. */
    static byte[] of(String title, String madeBy, List<AuditTrail.Entry> entries) {
        return table(title, madeBy, ENTRY_COLUMNS, entries.stream().map(entry -> List.of(when(entry.at()),
                text(entry.kind()), text(entry.what()), text(entry.who()), text(entry.detail()))).toList());
    }

    static byte[] table(String title, String madeBy, List<String> header, List<List<String>> rows) {
        StringBuilder page = new StringBuilder()
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>")
                .append("@page { size: A4 landscape; margin: 12mm; } body { font-family: '").append(PdfRenderer.SERIF)
                .append("'; font-size: 8pt; } h1 { font-size: 12pt; } table { width: 100%; border-collapse: collapse; }")
                .append(" th, td { border: 0.5pt solid #888; padding: 2pt; vertical-align: top; text-align: left;")
                .append(" word-wrap: break-word; }")
                .append("</style></head><body><h1>").append(XhtmlTemplate.escape(title)).append("</h1><p>Выгрузка ")
                .append(WHEN.format(Clock.now().atZoneSameInstant(Clock.COLLEGE_ZONE))).append(", выгрузил(а): ")
                .append(XhtmlTemplate.escape(madeBy)).append(". Записей: ").append(rows.size()).append(".</p>")
                .append("<table><thead><tr>");
        header.forEach(column -> page.append("<th>").append(cell(column)).append("</th>"));
        page.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            page.append("<tr>");
            row.forEach(value -> page.append("<td>").append(cell(value)).append("</td>"));
            page.append("</tr>");
        }
        return PdfRenderer.render(page.append("</tbody></table></body></html>").toString());
    }

    static String when(OffsetDateTime at) {
        return at == null || at.getYear() < 1970 ? "—" : WHEN.format(at.atZoneSameInstant(Clock.COLLEGE_ZONE));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String cell(String text) {
        // Control characters are not allowed in XHTML; line breaks stay as breaks.
        return text == null ? "" : XhtmlTemplate.escape(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""))
                .replace("\n", "<br/>");
    }
}
