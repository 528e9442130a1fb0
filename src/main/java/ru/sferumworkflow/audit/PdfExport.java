package ru.sferumworkflow.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.sferumworkflow.documents.PdfRenderer;
import ru.sferumworkflow.documents.XhtmlTemplate;
import ru.sferumworkflow.platform.Clock;

/** A timeline or a trail as a PDF for the file of an inspection: a title, who made it and when, a table. */
final class PdfExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private PdfExport() {
    }

    static byte[] of(String title, String madeBy, List<AuditTrail.Entry> entries) {
        StringBuilder page = new StringBuilder()
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>")
                .append("@page { size: A4 landscape; margin: 12mm; } body { font-family: '").append(PdfRenderer.SERIF)
                .append("'; font-size: 8pt; } h1 { font-size: 12pt; } table { width: 100%; border-collapse: collapse; }")
                .append(" th, td { border: 0.5pt solid #888; padding: 2pt; vertical-align: top; text-align: left; }")
                .append(" td.detail { word-wrap: break-word; }")
                .append("</style></head><body><h1>").append(XhtmlTemplate.escape(title)).append("</h1><p>Выгрузка ")
                .append(WHEN.format(Clock.now().atZoneSameInstant(Clock.COLLEGE_ZONE))).append(", выгрузил(а): ")
                .append(XhtmlTemplate.escape(madeBy)).append(". Записей: ").append(entries.size()).append(".</p>")
                .append("<table><thead><tr><th style=\"width:14%\">Когда</th><th style=\"width:10%\">Что</th>")
                .append("<th style=\"width:22%\">Шаг или предмет</th><th style=\"width:10%\">Кто</th>")
                .append("<th>Подробности</th></tr></thead><tbody>");
        for (AuditTrail.Entry entry : entries) {
            page.append("<tr><td>").append(entry.at().getYear() < 1970 ? "—"
                            : WHEN.format(entry.at().atZoneSameInstant(Clock.COLLEGE_ZONE)))
                    .append("</td><td>").append(cell(entry.kind())).append("</td><td>").append(cell(entry.what()))
                    .append("</td><td>").append(cell(entry.who())).append("</td><td class=\"detail\">")
                    .append(cell(entry.detail())).append("</td></tr>");
        }
        return PdfRenderer.render(page.append("</tbody></table></body></html>").toString());
    }

    private static String cell(String text) {
        // Control characters are not allowed in XHTML; line breaks stay as breaks.
        return text == null ? "" : XhtmlTemplate.escape(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""))
                .replace("\n", "<br/>");
    }
}
