package ru.sferumworkflow.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** ФИО as the college's documents write them: Cyrillic words, joined by spaces or hyphens. */
public final class PersonNames {

    private static final Pattern FULL_NAME = Pattern.compile("^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*(?: [А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)+$");

    public static final String HINT = "фамилия, имя и (если есть) отчество русскими буквами; допускаются пробелы и дефис";

    private PersonNames() {
    }

    /** The name with single spaces, or empty when it is not a Cyrillic name of at least two words. */
    public static Optional<String> normalizeFullName(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String collapsed = written.trim().replaceAll("\\s+", " ").replaceAll(" ?- ?", "-");
        return FULL_NAME.matcher(collapsed).matches() && collapsed.length() <= 200
                ? Optional.of(collapsed)
                : Optional.empty();
    }
}
