package ru.sferumworkflow.reports;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import ru.sferumworkflow.documents.PdfRenderer;
import ru.sferumworkflow.documents.XhtmlTemplate;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.reports.UsageFigures.InvitationFigures;

/**
 * One report as an XHTML page: the same document is the page the director opens (readable on a phone) and, through
 * the PDF renderer, the file for the record. The charts are bars drawn with widths, which a browser and the PDF
 * renderer both draw without scripts or images.
 */
final class UsageReportHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private UsageReportHtml() {
    }

    static String page(UsageReport report, String collegeName, List<UsageReportNote> notes) {
        UsageFigures figures = report.figures();
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\"><head>")
                .append("<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(escape(title(report))).append("</title><style>")
                .append("@page { size: A4; margin: 15mm; } body { font-family: '").append(PdfRenderer.SERIF)
                .append("', serif; font-size: 10pt; color: #1a1a1a; max-width: 60em; margin: 0 auto; padding: 0 0.5em; }")
                .append(" h1 { font-size: 14pt; } h2 { font-size: 12pt; margin-top: 1.4em; }")
                .append(" table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }")
                .append(" th, td { border: 0.5pt solid #777; padding: 3pt 4pt; text-align: right; }")
                .append(" th:first-child, td:first-child { text-align: left; } th { background: #e8eef5; }")
                .append(" .chart { margin: 0.6em 0; } .row { margin: 2pt 0; }")
                .append(" .label { font-size: 9pt; } .bar { background: #eee; height: 10pt; width: 100%; }")
                .append(" .fill { height: 10pt; } .invited { background: #4a78b0; } .joined { background: #3f9a5a; }")
                .append(" .overdue { background: #c0504d; } .note { color: #444; font-size: 9pt; }")
                .append("</style></head><body>")
                .append("<h1>").append(escape(title(report))).append("</h1><p>").append(escape(collegeName))
                .append(". Период: с ").append(DAY.format(local(report.periodFrom()))).append(" по ")
                .append(DAY.format(local(report.periodTo()).minusNanos(1))).append(". Составлен ")
                .append(MOMENT.format(local(report.madeAt()))).append(".")
                .append(report.readAt() == null ? " Директор ещё не ознакомился."
                        : " Директор ознакомился " + MOMENT.format(local(report.readAt())) + ".")
                .append("</p>");

        html.append("<h2>Приглашения по ролям</h2>");
        invitationTable(html, "Роль", figures.byRole(), figures.total());
        html.append("<div class=\"chart\"><p class=\"label\">Отправлено ссылок (синим) и принято в чаты (зелёным)</p>");
        long most = figures.byRole().stream().mapToLong(row -> Math.max(row.invited(), row.joined())).max().orElse(0);
        for (InvitationFigures row : figures.byRole()) {
            bar(html, row.name() + ": отправлено " + row.invited(), row.invited(), most, "invited");
            bar(html, row.name() + ": принято " + row.joined(), row.joined(), most, "joined");
        }
        html.append("</div>");

        html.append("<h2>Приглашения по группам</h2>");
        if (figures.byGroup().isEmpty()) {
            html.append("<p>За месяц приглашений не было.</p>");
        } else {
            invitationTable(html, "Группа", figures.byGroup(), figures.total());
        }
        html.append("<p class=\"note\">Отправлено, перешли, приняты, отклонены — за месяц; «ждут» — ссылки, которые ")
                .append("на день отчёта отправлены, но ещё не приняты и не закрыты.</p>");

        UsageFigures.VerificationFigures verification = figures.verification();
        html.append("<h2>Подтверждение статуса «учитель»</h2>");
        table(html, List.of("Начато проверок", "Подтверждено", "Отказано", "Ещё проверяются",
                        "Среднее время до подтверждения, дней", "Наибольшее, дней"),
                List.of(number(verification.started()), number(verification.verified()), number(verification.refused()),
                        number(verification.pending()), days(verification.averageDays()), days(verification.worstDays())));

        UsageFigures.RemovalFigures removals = figures.removals();
        html.append("<h2>Удаление из чатов ушедших</h2>");
        table(html, List.of("Удалено", "В срок", "С опозданием", "Ещё не удалены"), List.of(number(removals.done()),
                number(removals.onTime()), number(removals.overdue()), number(removals.open())));
        html.append("<div class=\"chart\"><p class=\"label\">Удаления: в срок (зелёным) и с опозданием (красным)</p>");
        bar(html, "В срок: " + removals.onTime(), removals.onTime(), removals.done(), "joined");
        bar(html, "С опозданием: " + removals.overdue(), removals.overdue(), removals.done(), "overdue");
        html.append("</div>");

        UsageFigures.ModerationFigures moderation = figures.moderation();
        html.append("<h2>Модерация чатов</h2>");
        table(html, List.of("Нарушений зафиксировано", "Напомнены правила", "Ограничен доступ", "Ограничений снято",
                        "Жалоб не подтвердилось"), List.of(number(moderation.recorded()), number(moderation.reminded()),
                number(moderation.restricted()), number(moderation.lifted()), number(moderation.notUpheld())));

        UsageFigures.AnnulmentFigures annulment = figures.annulment();
        html.append("<h2>Аннулирование приглашений</h2>");
        table(html, List.of("Приглашений аннулировано", "Из них ссылок, по которым не перешли"),
                List.of(number(annulment.invitations()), number(annulment.unclaimedLinks())));
        if (!notes.isEmpty()) {
            html.append("<h2>Вопросы директора и ответы</h2>");
            for (UsageReportNote note : notes) {
                html.append("<p><strong>").append(escape(note.title())).append(", ")
                        .append(MOMENT.format(local(note.writtenAt()))).append(":</strong><br/>")
                        .append(escape(note.text()).replace("\n", "<br/>")).append("</p>");
            }
        }
        return html.append("</body></html>").toString();
    }

    static byte[] pdf(UsageReport report, String collegeName, List<UsageReportNote> notes) {
        return PdfRenderer.render(page(report, collegeName, notes).replace("<!DOCTYPE html>\n", ""));
    }

    static String title(UsageReport report) {
        return "Отчёт об использовании платформы за " + ReportMonth.name(report.month());
    }

    private static void invitationTable(StringBuilder html, String first, List<InvitationFigures> rows, InvitationFigures total) {
        html.append("<table><thead><tr><th>").append(first).append("</th><th>Отправлено</th><th>Перешли</th>")
                .append("<th>Приняты</th><th>Отклонены</th><th>Ждут</th></tr></thead><tbody>");
        for (InvitationFigures row : rows) {
            invitationRow(html, row);
        }
        invitationRow(html, total);
        html.append("</tbody></table>");
    }

    private static void invitationRow(StringBuilder html, InvitationFigures row) {
        html.append("<tr><td>").append(escape(row.name())).append("</td>");
        for (ToLongFunction<InvitationFigures> figure : List.<ToLongFunction<InvitationFigures>>of(InvitationFigures::invited,
                InvitationFigures::claimed, InvitationFigures::joined, InvitationFigures::refused, InvitationFigures::pending)) {
            html.append("<td>").append(figure.applyAsLong(row)).append("</td>");
        }
        html.append("</tr>");
    }

    private static void table(StringBuilder html, List<String> headers, List<String> values) {
        html.append("<table><tbody>");
        for (int i = 0; i < headers.size(); i++) {
            html.append("<tr><td>").append(escape(headers.get(i))).append("</td><td>").append(values.get(i))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void bar(StringBuilder html, String label, long value, long most, String kind) {
        long percent = most == 0 ? 0 : Math.round(100.0 * value / most);
        html.append("<div class=\"row\"><div class=\"label\">").append(escape(label))
                .append("</div><div class=\"bar\"><div class=\"fill ").append(kind).append("\" style=\"width: ")
                .append(percent).append("%\"></div></div></div>");
    }

    private static String number(long value) {
        return Long.toString(value);
    }

    private static String days(Double value) {
        return value == null ? "—" : String.format(Locale.forLanguageTag("ru"), "%.1f", value);
    }

    private static OffsetDateTime local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Clock.COLLEGE_ZONE).toOffsetDateTime();
    }

    private static String escape(String text) {
        return XhtmlTemplate.escape(text);
    }
}
