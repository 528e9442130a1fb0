package ru.sferumworkflow.validation;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** E-mail addresses, checked by Jakarta Mail's own parser (strict RFC 822), plain address only. */
public final class EmailAddresses {

    public static final String HINT = "адрес вида name@college.ru";

    private EmailAddresses() {
    }

    /** The address in lower case, or empty when it is not a single well-formed address with a domain. */
    public static Optional<String> normalize(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String trimmed = written.trim();
        try {
            InternetAddress address = new InternetAddress(trimmed, true);
            address.validate();
            String plain = address.getAddress();
            int at = plain.lastIndexOf('@');
            boolean plainOnly = plain.equals(trimmed) && address.getPersonal() == null;
            boolean domainHasDot = at > 0 && plain.indexOf('.', at) > at + 1 && !plain.endsWith(".");
            return plainOnly && domainHasDot && plain.length() <= 254
                    ? Optional.of(plain.toLowerCase())
                    : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
