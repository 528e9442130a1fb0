package ru.sferumworkflow.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies one person in text the application stored: full names, phones, e-mails, keys (a file number; a
 * parent's key is a phone or an e-mail) and the birth date. Finds them as people write them — a name in any case,
 * with «ё» or «е», any spaces, surname first or last; a phone with or without +7 or 8, with spaces, brackets or
 * hyphens — and replaces each with a mark. Each value is matched as a whole word, never inside a longer one. Two
 * things are matched only with care, not to destroy other people's data: surname with first name alone only when no
 * one else in the lists has that pair; a birth date only on a line that also names the person (a roster line, a form
 * text), since classmates share birthdays.
 */
public final class PersonalValues {

    public static final String MARK = "[уничтожено]";
    private static final String SEPARATORS = "[\\s()\\-]*";
    private static final String BEFORE_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER_WORD = "(?![\\p{L}\\p{N}])";
    private static final String BEFORE_MAIL = "(?<![\\p{L}\\p{N}._%+\\-])";
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> shortNames = new LinkedHashSet<>();
    private final Set<String> phones = new LinkedHashSet<>();
    private final Set<String> emails = new LinkedHashSet<>();
    private final Set<String> exact = new LinkedHashSet<>();
    private final Set<String> dates = new LinkedHashSet<>();
    private Pattern primary;
    private Pattern secondary;

    /** A full name; surname with first name alone is matched too only when {@code alsoShort} (no namesake). */
    public PersonalValues name(String fullName, boolean alsoShort) {
        if (fullName != null && fullName.trim().split("\\s+").length >= 2) {
            names.add(fullName.trim());
            if (alsoShort) {
                shortNames.add(fullName.trim());
            }
        }
        return changed();
    }

    public PersonalValues name(String fullName) {
        return name(fullName, false);
    }

    /** A phone in any writing: its ten national digits are what is looked for. */
    public PersonalValues phone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
            digits = digits.substring(1);
        }
        if (digits.length() == 10) {
            phones.add(digits);
        }
        return changed();
    }

    public PersonalValues email(String email) {
        if (email != null && email.contains("@")) {
            emails.add(email.trim().toLowerCase(Locale.ROOT));
        }
        return changed();
    }

    public PersonalValues birthDate(LocalDate date) {
        if (date != null) {
            dates.add(RUSSIAN_DATE.format(date));
            dates.add(date.toString());
        }
        return changed();
    }

    /** A value matched as a whole word, at least five characters long (a file or personnel number, a login). */
    public PersonalValues exact(String value) {
        if (value != null && value.trim().length() >= 5) {
            exact.add(value.trim());
        }
        return changed();
    }

    public boolean isEmpty() {
        return names.isEmpty() && phones.isEmpty() && emails.isEmpty() && exact.isEmpty();
    }

    /**
     * The text with every value replaced by the mark; the same text when it holds none. The birth date goes only on
     * the lines where the person was found.
     */
    public String redact(String text) {
        if (text == null || isEmpty() || !primary().matcher(text).find()) {
            return text;
        }
        String redacted = primary().matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
        if (dates.isEmpty()) {
            return redacted;
        }
        StringBuilder result = new StringBuilder();
        for (String line : redacted.split("(?<=\n)", -1)) {
            result.append(line.contains(MARK) ? secondary().matcher(line).replaceAll(Matcher.quoteReplacement(MARK))
                    : line);
        }
        return result.toString();
    }

    public boolean occursIn(String text) {
        return text != null && !isEmpty() && primary().matcher(text).find();
    }

    /**
     * Fragments for «lower(column) like '%…%'» that every text holding a value contains, in lower case, to find the
     * rows worth reading: a surname (with «е» for «ё»), a phone's last four digits with anything between, an e-mail's
     * part before «@», a key.
     */
    public List<String> likeFragments() {
        Set<String> fragments = new LinkedHashSet<>();
        for (String name : names) {
            String surname = name.split("\\s+")[0].toLowerCase(RUSSIAN);
            fragments.add(surname);
            fragments.add(surname.replace('ё', 'е'));
        }
        for (String phone : phones) {
            fragments.add(phone.charAt(6) + "%" + phone.charAt(7) + "%" + phone.charAt(8) + "%" + phone.charAt(9));
        }
        for (String email : emails) {
            fragments.add(email.substring(0, email.indexOf('@')));
        }
        exact.forEach(value -> fragments.add(value.toLowerCase(RUSSIAN)));
        return new ArrayList<>(fragments);
    }

    private PersonalValues changed() {
        primary = null;
        secondary = null;
        return this;
    }

    private Pattern primary() {
        if (primary == null) {
            List<String> alternatives = new ArrayList<>();
            for (String name : names) {
                List<String> words = new ArrayList<>();
                for (String word : name.split("\\s+")) {
                    words.add(yo(word));
                }
                // «Фамилия Имя Отчество» as the roster writes it, «Имя Отчество Фамилия» as letters and documents do;
                // the longest first, so that the whole name goes.
                alternatives.add(String.join("\\s+", words));
                if (words.size() >= 3) {
                    alternatives.add(String.join("\\s+", words.subList(1, words.size())) + "\\s+" + words.get(0));
                }
                if (shortNames.contains(name)) {
                    alternatives.add(words.get(0) + "\\s+" + words.get(1));
                    alternatives.add(words.get(1) + "\\s+" + words.get(0));
                }
            }
            List<String> whole = new ArrayList<>();
            alternatives.forEach(name -> whole.add(BEFORE_WORD + "(?:" + name + ")" + AFTER_WORD));
            for (String phone : phones) {
                // The separators after a prefix belong to it, so that the space before a bare number stays.
                StringBuilder digits = new StringBuilder("(?<!\\d)(?:(?:\\+?7|8)" + SEPARATORS + "|\\()?");
                for (int i = 0; i < phone.length(); i++) {
                    digits.append(i == 0 ? "" : SEPARATORS).append(phone.charAt(i));
                }
                whole.add(digits.append("(?!\\d)").toString());
            }
            emails.forEach(email -> whole.add(BEFORE_MAIL + Pattern.quote(email) + AFTER_WORD));
            exact.forEach(value -> whole.add(BEFORE_WORD + Pattern.quote(value) + AFTER_WORD));
            primary = Pattern.compile(String.join("|", whole), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return primary;
    }

    private Pattern secondary() {
        if (secondary == null) {
            List<String> whole = new ArrayList<>();
            dates.forEach(date -> whole.add("(?<![\\p{N}.\\-])" + Pattern.quote(date) + "(?![\\p{N}])"));
            secondary = Pattern.compile(String.join("|", whole));
        }
        return secondary;
    }

    /** A word whose «е» and «ё» match each other, any other letters quoted. */
    private static String yo(String word) {
        StringBuilder quoted = new StringBuilder();
        for (char letter : word.toCharArray()) {
            if ("еёЕЁ".indexOf(letter) >= 0) {
                quoted.append("[еёЕЁ]");
            } else {
                quoted.append(Pattern.quote(String.valueOf(letter)));
            }
        }
        return quoted.toString();
    }
}
