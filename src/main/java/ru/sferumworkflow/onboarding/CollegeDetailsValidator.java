package ru.sferumworkflow.onboarding;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ru.sferumworkflow.validation.EmailAddresses;
import ru.sferumworkflow.validation.FormErrors;

/**
 * Checks what the administrator enters about the college — in the task «Внести сведения о Техникуме» or later
 * through the REST API — and brings it to one form (site with https://, e-mail in lower case, groups without
 * repeats). Every problem is reported at once, in Russian.
 */
public final class CollegeDetailsValidator {

    /** Group codes such as ИС-21, ТМ-1-22, 9А. */
    private static final Pattern GROUP_CODE = Pattern.compile("^[0-9A-Za-zА-ЯЁа-яё]+(?:[-/. ][0-9A-Za-zА-ЯЁа-яё]+)*$");

    private CollegeDetailsValidator() {
    }

    public static CollegeDetails validate(String name, String shortName, String address, String site, String email,
            List<String> groups) {
        FormErrors errors = new FormErrors();
        String checkedName = required(name, "полное название Техникума", 300, errors);
        String checkedShortName = required(shortName, "краткое название", 100, errors);
        String checkedAddress = required(address, "адрес", 500, errors);
        String checkedSite = site(trim(site), errors);
        Optional<String> checkedEmail = EmailAddresses.normalize(email);
        if (checkedEmail.isEmpty()) {
            errors.add("Электронная почта Техникума: " + EmailAddresses.HINT + ".");
        }
        if (groups.isEmpty()) {
            errors.add("Перечислите учебные группы (классы структуры), по одной в строке, например ИС-21.");
        }
        for (String group : groups) {
            if (group.length() > 20 || !GROUP_CODE.matcher(group).matches()) {
                errors.add("Группа «" + group + "»: буквы и цифры через дефис, не длиннее 20 знаков (например, ИС-21).");
            }
        }
        errors.throwIfAny();
        return new CollegeDetails(checkedName, checkedShortName, checkedAddress, checkedSite, checkedEmail.get(), groups);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String required(String value, String what, int max, FormErrors errors) {
        String text = trim(value);
        if (text.isEmpty() || text.length() > max) {
            errors.add("Укажите " + what + " (не длиннее " + max + " знаков).");
        }
        return text;
    }

    /** Empty, or an http(s) address; a bare domain gets https://. */
    private static String site(String written, FormErrors errors) {
        if (written.isEmpty()) {
            return null;
        }
        String address = written.matches("(?i)^https?://.*") ? written : "https://" + written;
        try {
            URI uri = URI.create(address);
            if (uri.getHost() != null && uri.getHost().contains(".") && address.length() <= 200) {
                return address;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add("Сайт Техникума: адрес вида https://college.ru (или оставьте поле пустым).");
        return null;
    }
}
