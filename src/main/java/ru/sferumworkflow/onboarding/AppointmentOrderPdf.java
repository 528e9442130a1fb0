package ru.sferumworkflow.onboarding;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ru.sferumworkflow.documents.PdfRenderer;
import ru.sferumworkflow.documents.XhtmlTemplate;
import ru.sferumworkflow.platform.Clock;

/**
 * The appointment order as a printable PDF in Russian: the approved order that goes to the platform with the
 * registration request, or a draft marked «ПРОЕКТ» for the director to read before deciding.
 */
public final class AppointmentOrderPdf {

    private static final XhtmlTemplate TEMPLATE = XhtmlTemplate.load("/ru/sferumworkflow/onboarding/appointment-order.xhtml");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** What the order says beyond its own row: whose college, which messenger, where the request goes. */
    public record Context(String collegeName, String messengerName, String supportAddress, String directorName) {
    }

    private AppointmentOrderPdf() {
    }

    public static String fileName(AppointmentOrder order) {
        return "Приказ № " + order.number().replace('/', '-') + " от " + DATE.format(order.date()) + ".pdf";
    }

    public static byte[] render(AppointmentOrder order, Context context) {
        Map<String, String> values = new HashMap<>();
        boolean approved = order.status() == OrderStatus.APPROVED;
        values.put("college", context.collegeName());
        values.put("number", order.number());
        values.put("date", DATE.format(order.date()) + " г.");
        values.put("messenger", context.messengerName());
        values.put("director", context.directorName() == null ? "" : context.directorName());
        values.put("draftMark", approved ? "" : "<div class=\"draft\">ПРОЕКТ — не утверждён</div>");
        values.put("points", points(order, context));
        values.put("approval", approved
                ? "Утверждён директором (" + context.directorName() + ") в Sferum Workflow "
                        + DATE_TIME.format(order.decidedAt().atZoneSameInstant(Clock.COLLEGE_ZONE)) + " (МСК)."
                : "Проект приказа. Статус: " + order.status().title() + ".");
        return PdfRenderer.render(TEMPLATE.fill(values));
    }

    private static String points(AppointmentOrder order, Context context) {
        // Each point is markup built from escaped values; addresses and phones are never broken across lines.
        List<String> points = new ArrayList<>();
        points.add(text("Использовать в образовательной деятельности Техникума информационно-коммуникационную "
                + "образовательную платформу «Сферум» и учебный профиль " + context.messengerName() + "."));
        points.add(text("Назначить администратором платформы: " + order.adminFullName() + ", " + order.adminPosition()
                + " (адрес электронной почты: ") + unbroken(order.adminEmail())
                + text(", номер личного мобильного телефона: ") + unbroken(order.adminPhone()) + ").");
        if (order.secondFullName() != null) {
            points.add(text("Назначить ответственным за использование платформы: " + order.secondFullName() + ", "
                    + order.secondPosition() + "."));
        }
        points.add(text("Администратору платформы направить заявку на регистрацию Техникума на ИКОП «Сферум» "
                + "с приложением настоящего приказа на адрес ") + unbroken(context.supportAddress()) + ".");
        points.add(text("Контроль за исполнением приказа оставляю за собой."));

        StringBuilder html = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            html.append("<p>").append(i + 1).append(". ").append(points.get(i)).append("</p>\n");
        }
        return html.toString();
    }

    private static String text(String value) {
        return XhtmlTemplate.escape(value);
    }

    private static String unbroken(String value) {
        return "<span class=\"nowrap\">" + XhtmlTemplate.escape(value) + "</span>";
    }
}
