package ru.sferumworkflow.verification;

import java.util.List;

import ru.sferumworkflow.platform.mail.OutgoingMail;

/** The letter with the outcome of a verification of the status «учитель». */
final class VerificationMail {

    private VerificationMail() {
    }

    static OutgoingMail outcome(TeacherVerification verification, String to, String collegeName) {
        boolean verified = verification.status() == VerificationStatus.VERIFIED;
        String text = "Здравствуйте, " + verification.givenName() + "!\n\n"
                + (verified
                        ? "Ваш статус «учитель» в " + collegeName + " подтверждён: администратор Сферума подтвердил его "
                                + "и на платформе «Сферум». Теперь вам доступны возможности учебного профиля педагога.\n"
                        : "Ваш статус «учитель» в " + collegeName + " не подтверждён.\n\nПричина: "
                                + verification.decisionReason() + "\n\nЕсли это ошибка, обратитесь к администратору "
                                + "Сферума Техникума: он проверит ваши данные в кадровом списке.\n");
        return new OutgoingMail(to, verified ? "Статус «учитель» подтверждён" : "Статус «учитель» не подтверждён",
                text, List.of(), OutgoingMail.messageId("verification", verification.id()));
    }
}
