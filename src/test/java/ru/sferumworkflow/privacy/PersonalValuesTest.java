package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A person's values are found however people wrote them, and nothing else is touched. */
class PersonalValuesTest {

    static final PersonalValues ORLOVA = new PersonalValues().name("Орлова Алёна Петровна", true).phone("+79123456789")
            .email("Alena.Orlova@mail.test").birthDate(LocalDate.of(2007, 3, 5)).exact("ЛД-2024-117");

    @Test
    void namesInAnyCaseWithYoOrYeAndAnySpaces() {
        assertThat(ORLOVA.redact("Приглашена Орлова Алёна Петровна.")).isEqualTo("Приглашена [уничтожено].");
        assertThat(ORLOVA.redact("ОРЛОВА  АЛЕНА\nПЕТРОВНА, 1 курс")).isEqualTo("[уничтожено], 1 курс");
        assertThat(ORLOVA.redact("орлова алена петровна")).isEqualTo("[уничтожено]");
        assertThat(ORLOVA.redact("Уважаемая Алёна Петровна Орлова!")).isEqualTo("Уважаемая [уничтожено]!");
        assertThat(ORLOVA.redact("Орлова Алёна, ИС-21")).as("no namesake: the short form goes")
                .isEqualTo("[уничтожено], ИС-21");
        PersonalValues withNamesake = new PersonalValues().name("Иванова Анна Сергеевна", false);
        assertThat(withNamesake.redact("Иванова Анна Петровна, Анна Иванова")).isEqualTo("Иванова Анна Петровна, Анна Иванова");
        assertThat(new PersonalValues().name("Ли Ким Сергеевич", true).redact("Али Кимов")).isEqualTo("Али Кимов");
        assertThat(ORLOVA.redact("Орлова Мария Ивановна")).as("another Орлова stays").isEqualTo("Орлова Мария Ивановна");
    }

    @Test
    void phonesAsTyped() {
        for (String typed : new String[] {"+79123456789", "89123456789", "8 (912) 345-67-89", "+7 912 345 67 89",
                "9123456789", "7-912-345-67-89", "(912) 345-67-89"}) {
            assertThat(ORLOVA.redact("тел. " + typed + ".")).as(typed).isEqualTo("тел. [уничтожено].");
        }
        assertThat(ORLOVA.redact("номер 191234567890")).as("inside a longer number").isEqualTo("номер 191234567890");
        assertThat(ORLOVA.redact("+79123456780")).isEqualTo("+79123456780");
    }

    @Test
    void eMailsDatesAndKeys() {
        assertThat(ORLOVA.redact("Письмо на alena.orlova@MAIL.test ушло")).isEqualTo("Письмо на [уничтожено] ушло");
        assertThat(ORLOVA.redact("Орлова Алёна Петровна родилась 05.03.2007 (2007-03-05), дело ЛД-2024-117"))
                .isEqualTo("[уничтожено] родилась [уничтожено] ([уничтожено]), дело [уничтожено]");
        assertThat(ORLOVA.redact("Орлова Алёна Петровна;05.03.2007\nКлассов Иван;05.03.2007\n"))
                .as("a classmate's birthday on another line stays")
                .isEqualTo("[уничтожено];[уничтожено]\nКлассов Иван;05.03.2007\n");
        assertThat(ORLOVA.redact("joalena.orlova@mail.test, x-ЛД-2024-1175, 3f2ЛД-2024-117")).as("whole words only")
                .isEqualTo("joalena.orlova@mail.test, x-ЛД-2024-1175, 3f2ЛД-2024-117");
    }

    @Test
    void fragmentsFindEveryWritingOfTheValuesWithLike() {
        assertThat(ORLOVA.likeFragments()).contains("орлова", "6%7%8%9", "alena.orlova", "лд-2024-117");
        assertThat(new PersonalValues().name("Орлова").isEmpty()).as("a surname alone is no value").isTrue();
        assertThat(ORLOVA.occursIn("ничего личного")).isFalse();
    }
}
