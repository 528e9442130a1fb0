package ru.sferumworkflow.privacy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import ru.sferumworkflow.documents.PdfRenderer;
import ru.sferumworkflow.documents.XhtmlTemplate;
import ru.sferumworkflow.platform.Clock;

/**
 * «Акт об уничтожении персональных данных» as the Requirements (Приказ Роскомнадзора от 28.10.2022 № 179, п. 3)
 * list its content: the operator, the subject, who destroyed, what categories of data, the information system, the
 * way and the reason, the date. The subject is named by «иная информация, относящаяся к определённому лицу» — the
 * id, role and leaving order — since the act itself must not keep the name it records the destruction of.
 */
final class DestructionAct {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** Everything the act states. */
    record Content(String number, String college, String personId, String subject, String reason,
            List<String> categories, Map<String, Integer> replaced, String proposedBy, String approvedBy,
            OffsetDateTime destroyedAt) {
    }

    private DestructionAct() {
    }

    static byte[] pdf(Content act) {
        StringBuilder page = new StringBuilder()
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>")
                .append("@page { size: A4; margin: 20mm; } body { font-family: '").append(PdfRenderer.SERIF)
                .append("'; font-size: 11pt; } h1 { font-size: 13pt; text-align: center; }")
                .append(" td, th { border: 0.5pt solid #777; padding: 3pt; text-align: left; vertical-align: top; }")
                .append(" table { border-collapse: collapse; width: 100%; } .sign { margin-top: 24pt; }")
                .append("</style></head><body>")
                .append("<h1>Акт № ").append(escape(act.number())).append(" об уничтожении персональных данных</h1>")
                .append("<p>").append(DAY.format(local(act.destroyedAt()))).append("</p><table><tbody>");
        row(page, "Оператор", act.college());
        row(page, "Субъект персональных данных", act.subject() + " (идентификатор в информационной системе: "
                + act.personId() + ")");
        row(page, "Уничтоженные категории персональных данных", String.join("; ", act.categories()));
        row(page, "Информационная система", "Sferum Workflow — учёт взаимодействия Техникума с ИКОП «Сферум» "
                + "(таблицы приложения и история процессов)");
        row(page, "Способ уничтожения", "стирание: значения заменены отметкой «[уничтожено]» без возможности "
                + "восстановления; в карточке оставлены только идентификатор, роль и статус");
        row(page, "Основание", act.reason());
        StringBuilder where = new StringBuilder();
        act.replaced().forEach((table, count) -> where.append(where.isEmpty() ? "" : "; ").append(table).append(" — ")
                .append(count));
        row(page, "Где заменены значения (таблица — записей)", where.isEmpty() ? "только карточка" : where.toString());
        row(page, "Что сохранено", "факты участия в чатах и их окончания, согласия и их отзыв, движение по приказам, "
                + "журнал событий — под идентификатором; приказы по основной деятельности — полностью");
        row(page, "Дата и время уничтожения", MOMENT.format(local(act.destroyedAt())));
        page.append("</tbody></table><p class=\"sign\">Предложил(а) уничтожение: ").append(escape(act.proposedBy()))
                .append(" ____________</p><p class=\"sign\">Утвердил(а) (член комиссии): ")
                .append(escape(act.approvedBy())).append(" ____________</p>")
                .append("<p>Приложение: выгрузка из журнала регистрации событий по субъекту.</p></body></html>");
        return PdfRenderer.render(page.toString());
    }

    private static void row(StringBuilder page, String what, String value) {
        page.append("<tr><th style=\"width:35%\">").append(escape(what)).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }

    private static OffsetDateTime local(OffsetDateTime moment) {
        return moment.atZoneSameInstant(Clock.COLLEGE_ZONE).toOffsetDateTime();
    }

    private static String escape(String text) {
        return XhtmlTemplate.escape(text == null ? "" : text);
    }
}
