package ru.sferumworkflow.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Russian mobile numbers, written as people write them — {@code 8 (912) 345-67-89}, {@code +7 912 345 67 89},
 * {@code 89123456789} — brought to the one form the platform knows: {@code +79123456789}.
 */
public final class PhoneNumbers {

    /** Digits with the usual separators: spaces, hyphens, brackets; an optional leading plus. */
    private static final Pattern WRITTEN = Pattern.compile("^\\+?[0-9 ()\\-]+$");
    private static final Pattern MOBILE = Pattern.compile("^79[0-9]{9}$");

    public static final String HINT = "мобильный номер из 11 цифр, например +7 912 345-67-89 или 8 (912) 345-67-89";

    private PhoneNumbers() {
    }

    /** The number as {@code +7XXXXXXXXXX}, or empty when it is not a Russian mobile number. */
    public static Optional<String> normalizeMobile(String written) {
        if (written == null || !WRITTEN.matcher(written.trim()).matches()) {
            return Optional.empty();
        }
        String trimmed = written.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (trimmed.startsWith("+") && !digits.startsWith("7")) {
            return Optional.empty();
        }
        if (digits.length() == 11 && digits.startsWith("8") && !trimmed.startsWith("+")) {
            digits = "7" + digits.substring(1);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of("+" + digits) : Optional.empty();
    }
}
