package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * «Обучающиеся и родители»: one line per student, keyed by the number of the personal file (номер личного
 * дела), with the group, the date of birth (a minor needs a parent) and up to two parents (законные
 * представители). A parent is the same person across lines when the phone (or, without a phone, the e-mail)
 * is the same — so brothers and sisters share their parents.
 */
public final class StudentsFile implements RosterFile<StudentsFile.Row> {

    public static final String NUMBER = "Номер личного дела";
    public static final String NAME = "ФИО";
    public static final String BIRTH_DATE = "Дата рождения";
    public static final String GROUP = "Группа";
    public static final String PHONE = "Мобильный телефон";
    public static final String EMAIL = "E-mail";
    public static final int PARENTS = 2;

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> parentNames = new HashMap<>();

    /** A checked line. */
    public record Row(String number, PersonData student, List<ParentRow> parents) {
    }

    /** A parent as a line names them, with the key that finds them again. */
    public record ParentRow(String key, PersonData data) {
    }

    public static String parentName(int n) { return "ФИО родителя " + n; }
    public static String parentPhone(int n) { return "Телефон родителя " + n; }
    public static String parentEmail(int n) { return "E-mail родителя " + n; }

    @Override
    public List<String> requiredColumns() {
        return List.of(NUMBER, NAME, BIRTH_DATE, GROUP);
    }

    @Override
    public Row check(CsvLine line, RosterSnapshot roster, LineChecks checks, LocalDate today) {
        int before = checks.errorCountAt(line);
        String number = checks.personKey(line, NUMBER, "этот номер личного дела", PersonRole.STUDENT, roster);
        String name = checks.fullName(line, NAME).orElse(null);
        LocalDate birthDate = checks.required(line, BIRTH_DATE).map(value -> birthDate(line, value, today, checks))
                .orElse(null);
        if (name != null && birthDate != null) {
            checks.firstOccurrence(line, NAME, "обучающийся с тем же ФИО и датой рождения",
                    Person.searchForm(name) + "|" + birthDate);
        }
        String groupId = checks.required(line, GROUP).map(code -> group(line, code, roster, checks)).orElse(null);
        String phone = checks.phone(line, PHONE);
        String email = checks.email(line, EMAIL);
        List<ParentRow> parents = parents(line, checks);
        if (!namesAParent(line) && birthDate != null && birthDate.plusYears(18).isAfter(today)) {
            checks.add(line, parentName(1), "Обучающийся несовершеннолетний: укажите родителя (законного "
                    + "представителя) — он даёт согласие на обработку персональных данных и получает приглашения.");
        }
        if (checks.errorCountAt(line) > before) {
            return null;
        }
        return new Row(number, PersonData.student(name, birthDate, groupId, phone, email), parents);
    }

    @Override
    public ImportCounts save(List<Row> rows, RosterSnapshot roster, RosterWriter writer) {
        int created = 0;
        int updated = 0;
        Set<String> listed = new HashSet<>();
        for (Row row : rows) {
            listed.add(row.number());
            Person student = roster.person(PersonRole.STUDENT, row.number()).orElse(null);
            boolean isNew = student == null;
            if (isNew) {
                student = newPerson(PersonRole.STUDENT, row.number(), row.student(), roster, writer);
            }
            boolean changed = student.describe(row.student(), writer.now());
            changed |= saveParents(student, row.parents(), roster, writer);
            if (isNew) {
                created++;
            } else if (changed) {
                updated++;
            }
            writer.saved();
        }
        roster.activeNotListed(PersonRole.STUDENT, listed).forEach(writer::departure);
        return new ImportCounts(created, updated, rows.size() - created - updated);
    }

    private static boolean saveParents(Person student, List<ParentRow> parents, RosterSnapshot roster,
            RosterWriter writer) {
        boolean changed = false;
        Set<String> parentIds = new HashSet<>();
        for (ParentRow row : parents) {
            Person parent = roster.person(PersonRole.PARENT, row.key()).orElse(null);
            if (parent == null) {
                parent = newPerson(PersonRole.PARENT, row.key(), row.data(), roster, writer);
                changed = true;
            }
            changed |= parent.describe(row.data(), writer.now());
            parentIds.add(parent.id());
        }
        Set<String> linked = new HashSet<>();
        for (StudentParent link : roster.currentLinks(student.id())) {
            if (parentIds.contains(link.parentId())) {
                linked.add(link.parentId());
            } else {
                link.end(writer.now());
                changed = true;
            }
        }
        for (String parentId : parentIds) {
            if (!linked.contains(parentId)) {
                StudentParent link = new StudentParent(writer.collegeId(), student.id(), parentId, writer.now());
                writer.persist(link);
                roster.addLink(link);
                changed = true;
            }
        }
        return changed;
    }

    private static Person newPerson(PersonRole role, String key, PersonData data, RosterSnapshot roster,
            RosterWriter writer) {
        Person person = new Person(writer.collegeId(), role, key, data.fullName(), writer.now());
        person.describe(data, writer.now());
        writer.persist(person);
        roster.addPerson(person);
        return person;
    }

    private static boolean namesAParent(CsvLine line) {
        for (int n = 1; n <= PARENTS; n++) {
            if (namesParent(line, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesParent(CsvLine line, int n) {
        return line.get(parentName(n)) != null || line.get(parentPhone(n)) != null || line.get(parentEmail(n)) != null;
    }

    private List<ParentRow> parents(CsvLine line, LineChecks checks) {
        List<ParentRow> parents = new ArrayList<>();
        for (int n = 1; n <= PARENTS; n++) {
            if (!namesParent(line, n)) {
                continue;
            }
            String name = checks.fullName(line, parentName(n)).orElse(null);
            String phone = checks.phone(line, parentPhone(n));
            String email = checks.email(line, parentEmail(n));
            if (phone == null && email == null && line.get(parentPhone(n)) == null && line.get(parentEmail(n)) == null) {
                checks.add(line, parentPhone(n), "Укажите телефон или e-mail родителя " + n
                        + ": без них ему не отправить приглашение.");
            }
            if (name == null || (phone == null && email == null)) {
                continue;
            }
            String key = phone != null ? phone : email;
            String known = parentNames.putIfAbsent(key, Person.searchForm(name));
            if (known != null && !known.equals(Person.searchForm(name))) {
                checks.add(line, phone != null ? parentPhone(n) : parentEmail(n), "Этот же "
                        + (phone != null ? "телефон" : "e-mail") + " в другой строке записан у родителя с другим ФИО. "
                        + "У каждого родителя свой номер; если это один человек, запишите ФИО одинаково.");
                continue;
            }
            if (parents.stream().anyMatch(parent -> parent.key().equals(key))) {
                checks.add(line, parentName(n), "Родитель " + n + " повторяет родителя 1.");
                continue;
            }
            parents.add(new ParentRow(key, PersonData.parent(name, phone, email)));
        }
        return parents;
    }

    private static LocalDate birthDate(CsvLine line, String value, LocalDate today, LineChecks checks) {
        LocalDate date;
        try {
            date = value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, RUSSIAN_DATE);
        } catch (DateTimeParseException e) {
            checks.add(line, BIRTH_DATE, "Дата записана неверно: нужна дата вида 01.09.2009.");
            return null;
        }
        if (date.isAfter(today.minusYears(10)) || date.isBefore(today.minusYears(100))) {
            checks.add(line, BIRTH_DATE, "Дата рождения невозможна для обучающегося: проверьте год.");
            return null;
        }
        return date;
    }

    private static String group(CsvLine line, String code, RosterSnapshot roster, LineChecks checks) {
        StudyGroup group = roster.group(code).orElse(null);
        if (group == null) {
            checks.add(line, GROUP, "Группы «" + code + "» нет в Техникуме: сначала загрузите файл «Группы» "
                    + "или исправьте код группы.");
            return null;
        }
        return group.id();
    }
}
