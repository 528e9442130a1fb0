package ru.sferumworkflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phones, names and e-mail addresses as people type them into the forms. */
class ContactFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"8 (912) 345-67-89", "+7 912 345 67 89", "89123456789", "+79123456789",
            "79123456789", " 8-912-345-67-89 ", "+7(912)3456789"})
    void mobileNumbersAreBroughtToOneForm(String written) {
        assertThat(PhoneNumbers.normalizeMobile(written)).contains("+79123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "+7 (495) 123-45-67", "8 495 123 45 67", "+1 912 345 67 89",
            "+8 912 345 67 89", "9123456789", "8 912 345 67 890", "8 912 345 67 8a", "тел. 89123456789",
            "+7 912 345 67 89 доб. 2"})
    void anythingElseIsRefused(String written) {
        assertThat(PhoneNumbers.normalizeMobile(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Кузнецова Анна Сергеевна|Кузнецова Анна Сергеевна",
            "  Кузнецова   Анна  |Кузнецова Анна",
            "Римская-Корсакова Анна-Мария Ёжиковна|Римская-Корсакова Анна-Мария Ёжиковна",
            "Салтыков - Щедрин Михаил|Салтыков-Щедрин Михаил"})
    void cyrillicNamesOfTwoWordsOrMoreAreAccepted(String written, String normalized) {
        assertThat(PersonNames.normalizeFullName(written)).contains(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Кузнецова", "Anna Kuznetsova", "Кузнецова Anna", "Кузнецова Анна1", "Кузнецова -Анна-",
            "Кузнецова_Анна", "", "<script>alert(1)</script> Анна", "Кузнецова \"Анна\"", "Кузнецова Анна'",
            "Кузнецова <b>Анна</b>"})
    void otherNamesAreRefused(String written) {
        assertThat(PersonNames.normalizeFullName(written)).isEmpty();
    }

    @Test
    void aNameOfMoreThanTwoHundredCharactersIsRefused() {
        assertThat(PersonNames.normalizeFullName("Кузнецова " + "а".repeat(190))).isPresent();
        assertThat(PersonNames.normalizeFullName("Кузнецова " + "а".repeat(191))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"A.Kuznetsova@College.ru|a.kuznetsova@college.ru",
            " admin@tehnikum-45.ru |admin@tehnikum-45.ru"})
    void wellFormedAddressesAreAccepted(String written, String normalized) {
        assertThat(EmailAddresses.normalize(written)).contains(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.kuznetsova@college", "college.ru", "a@b@c.ru", "Анна <a@college.ru>",
            "a@college.ru, b@college.ru", "a@.ru", "a@college.", ""})
    void malformedAddressesAreRefused(String written) {
        assertThat(EmailAddresses.normalize(written)).isEmpty();
    }
}
