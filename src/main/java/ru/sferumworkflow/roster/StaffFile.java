package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * «Сотрудники»: one line per staff member, keyed by the personnel number (табельный номер) that the college's
 * HR files carry, with the position and whether it is pedagogical (teacher verification depends on it).
 */
public final class StaffFile implements RosterFile<StaffFile.Row> {

    public static final String NUMBER = "Табельный номер";
    public static final String NAME = "ФИО";
    public static final String POSITION = "Должность";
    public static final String PEDAGOGICAL = "Педагогический работник";
    public static final String PHONE = "Мобильный телефон";
    public static final String EMAIL = "E-mail";

    /** A checked line. */
    public record Row(String number, PersonData data) {
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(NUMBER, NAME, POSITION, PEDAGOGICAL);
    }

    @Override
    public Row check(CsvLine line, RosterSnapshot roster, LineChecks checks, LocalDate today) {
        int before = checks.errorCountAt(line);
        String number = checks.personKey(line, NUMBER, "этот табельный номер", PersonRole.STAFF, roster);
        String name = checks.fullName(line, NAME).orElse(null);
        String position = checks.required(line, POSITION).map(value -> checks.text(line, POSITION, 200)).orElse(null);
        Boolean pedagogical = checks.required(line, PEDAGOGICAL).map(value -> yesNo(line, value, checks)).orElse(null);
        String phone = checks.phone(line, PHONE);
        String email = checks.email(line, EMAIL);
        if (checks.errorCountAt(line) > before) {
            return null;
        }
        return new Row(number, PersonData.staff(name, position, pedagogical, phone, email));
    }

    @Override
    public ImportCounts save(List<Row> rows, RosterSnapshot roster, RosterWriter writer) {
        int created = 0;
        int updated = 0;
        Set<String> listed = new HashSet<>();
        for (Row row : rows) {
            listed.add(row.number());
            Person person = roster.person(PersonRole.STAFF, row.number()).orElse(null);
            if (person == null) {
                person = new Person(writer.collegeId(), PersonRole.STAFF, row.number(), row.data().fullName(), writer.now());
                person.describe(row.data(), writer.now());
                writer.persist(person);
                roster.addPerson(person);
                created++;
            } else if (person.describe(row.data(), writer.now())) {
                updated++;
            }
            writer.saved();
        }
        roster.activeNotListed(PersonRole.STAFF, listed).forEach(writer::departure);
        return new ImportCounts(created, updated, rows.size() - created - updated);
    }

    private static Boolean yesNo(CsvLine line, String value, LineChecks checks) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "да", "д", "1", "+":
                return true;
            case "нет", "н", "0", "-":
                return false;
            default:
                checks.add(line, PEDAGOGICAL, "Напишите «да» или «нет».");
                return null;
        }
    }
}
