package ru.sferumworkflow.onboarding;

import java.time.format.DateTimeFormatter;
import java.util.List;

import ru.sferumworkflow.documents.Document;
import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.mail.OutgoingMail;

/** The letters of the registration: the request to the platform and the reminder to the administrator. */
final class RegistrationMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private RegistrationMail() {
    }

    static String subject(RegistrationRequest request, String collegeName) {
        return "Заявка на регистрацию Техникума на ИКОП «Сферум»: " + collegeName + " [" + request.reference() + "]";
    }

    static OutgoingMail request(RegistrationRequest request, AppointmentOrder order, Document orderPdf, String collegeName) {
        StringBuilder text = new StringBuilder()
                .append("Здравствуйте!\n\n")
                .append(collegeName).append(" просит зарегистрировать Техникум на информационно-коммуникационной ")
                .append("образовательной платформе «Сферум».\n\n")
                .append("Администратор платформы назначен приказом № ").append(order.number())
                .append(" от ").append(DATE.format(order.date())).append(" (приказ приложен к письму).\n\n")
                .append("Контактные данные администратора:\n")
                .append("  ФИО: ").append(order.adminFullName()).append('\n')
                .append("  Должность: ").append(order.adminPosition()).append('\n')
                .append("  Адрес электронной почты: ").append(order.adminEmail()).append('\n')
                .append("  Номер личного мобильного телефона: ").append(order.adminPhone()).append('\n');
        if (request.coverNote() != null && !request.coverNote().isBlank()) {
            text.append("\nК предыдущей заявке: ").append(request.coverNote().trim()).append('\n');
        }
        text.append("\nПри ответе, пожалуйста, сохраните в теме письма номер заявки ").append(request.reference())
                .append(".\n\nС уважением,\n").append(collegeName).append('\n');
        return new OutgoingMail(request.recipient(), subject(request, collegeName), text.toString(),
                List.of(new OutgoingMail.Attachment(orderPdf.fileName(), orderPdf.contentType(), orderPdf.content())),
                OutgoingMail.messageId("request", request.id()));
    }

    static OutgoingMail reminder(RegistrationRequest request, AppointmentOrder order, String collegeName) {
        String text = "Здравствуйте, " + order.adminFullName() + "!\n\n"
                + "Заявка " + request.reference() + " на регистрацию Техникума на ИКОП «Сферум» отправлена на "
                + request.recipient() + " " + DATE.format(request.sentAt().atZoneSameInstant(Clock.COLLEGE_ZONE))
                + ", а ответа платформы всё нет.\n\n"
                + "Проверьте почту: если ответ пришёл, внесите его в Tasklist (задача «Внести ответ Сферума»). "
                + "Если ответа нет, напишите в поддержку платформы, указав номер заявки.\n\n"
                + "Без ответа через 10 рабочих дней после отправки вопрос будет передан директору.\n\n"
                + "Sferum Workflow, " + collegeName + "\n";
        return new OutgoingMail(order.adminEmail(), "Нет ответа Сферума на заявку " + request.reference(), text,
                List.of(), OutgoingMail.messageId("reminder", request.id()));
    }
}
