package ru.sferumworkflow.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a system channel's material may and may not carry, as people write it. */
class PublicationCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "Классный час в 14:00, ауд. 12 | ''",
            "Приёмная: +7 (3452) 12-34-56, сайт college.ru | ''",
            "Пишите на priemnaya@college.ru | ''",
            "Звоните Ивановой: +7 912 345-67-89 | мобильного телефона",
            "Звоните 89123456789 | мобильного телефона",
            "Пишите ivanova@mail.ru | электронной почты не Техникума",
            "Чат в https://t.me/college_chat | Telegram",
            "Группа: wa.me/79123456789 | WhatsApp",
            "Сервер discord.gg/abc | Discord",
            "Ссылка https://sferum.ru/?p=messages | ''",
            "Сервер (discord.gg) | Discord",
            "Чат: t.me, спрашивайте | Telegram",
            "Пишите в wa.me. | WhatsApp",
            "Почта отдела: otdel@spo.college.ru | ''",
            "Пишите на иванова@почта.рф | электронной почты не Техникума"
    })
    void theTextIsCheckedForPersonalDataAndForbiddenServices(String body, String problem) {
        List<String> problems = PublicationCheck.problems("Объявление", body, TODAY, TODAY, "college.ru");
        if (problem.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).anySatisfy(found -> assertThat(found).contains(problem));
            assertThat(String.join(" ", problems)).doesNotContain("912", "ivanova", "иванова", "college_chat");
        }
    }

    @Test
    void lengthDateAndFilesHaveTheirLimits() {
        assertThat(PublicationCheck.problems("", "я".repeat(4001), TODAY.minusDays(1), TODAY, "college.ru"))
                .hasSize(3);
        assertThat(PublicationCheck.fileProblems(List.of(
                new PublicationCheck.FileInfo("афиша.pdf", "application/pdf", 1000),
                new PublicationCheck.FileInfo("вирус.exe", "application/x-msdownload", 1000),
                new PublicationCheck.FileInfo("фото.jpg", "image/jpeg", 11L * 1024 * 1024))))
                .containsExactly("Файл 2: можно PDF, JPEG, PNG, DOCX или PPTX.", "Файл 3 больше 10 МБ: уменьшите его.");
        assertThat(PublicationCheck.fileProblems(List.of(
                new PublicationCheck.FileInfo("1.pdf", "application/pdf", 9L * 1024 * 1024),
                new PublicationCheck.FileInfo("2.pdf", "application/pdf", 9L * 1024 * 1024),
                new PublicationCheck.FileInfo("3.pdf", "application/pdf", 9L * 1024 * 1024))))
                .containsExactly("Все файлы вместе — не больше 25 МБ.");
    }
}
