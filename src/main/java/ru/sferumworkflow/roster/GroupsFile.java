package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * «Группы»: one line per study group with its code (the key), name, specialty, course and class teacher
 * (named by табельный номер or ФИО from the staff file, which is loaded first). Groups missing from a new file
 * are kept as they are: a group ends with its last students, not with a line.
 */
public final class GroupsFile implements RosterFile<GroupsFile.Row> {

    public static final String CODE = "Код группы";
    public static final String NAME = "Наименование";
    public static final String SPECIALTY = "Специальность";
    public static final String COURSE = "Курс";
    public static final String CLASS_TEACHER = "Классный руководитель";

    private static final Pattern CODE_FORMAT = Pattern.compile("^[0-9A-Za-zА-ЯЁа-яё][0-9A-Za-zА-ЯЁа-яё ./_-]{0,19}$");

    /** A checked line. */
    public record Row(String code, String name, String specialty, Integer course, String classTeacherId) {
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(CODE);
    }

    @Override
    public Row check(CsvLine line, RosterSnapshot roster, LineChecks checks, LocalDate today) {
        int before = checks.errorCountAt(line);
        String code = checks.required(line, CODE).orElse(null);
        if (code != null && !CODE_FORMAT.matcher(code).matches()) {
            checks.add(line, CODE, "Код группы — до 20 букв, цифр, дефисов или точек, например «ИС-21».");
        } else if (code != null) {
            checks.firstOccurrence(line, CODE, "группа с этим кодом", RosterSnapshot.groupKey(code));
        }
        String name = checks.text(line, NAME, 200);
        String specialty = checks.text(line, SPECIALTY, 300);
        Integer course = course(line, checks);
        String teacherId = classTeacher(line, roster, checks);
        if (checks.errorCountAt(line) > before) {
            return null;
        }
        return new Row(code, name, specialty, course, teacherId);
    }

    @Override
    public ImportCounts save(List<Row> rows, RosterSnapshot roster, RosterWriter writer) {
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            StudyGroup group = roster.group(row.code()).orElse(null);
            if (group == null) {
                group = new StudyGroup(writer.collegeId(), row.code(), writer.now());
                group.describe(row.name(), row.specialty(), row.course(), row.classTeacherId(), writer.now());
                writer.persist(group);
                roster.addGroup(group);
                created++;
            } else if (group.describe(row.name(), row.specialty(), row.course(), row.classTeacherId(), writer.now())) {
                updated++;
            }
            writer.saved();
        }
        return new ImportCounts(created, updated, rows.size() - created - updated);
    }

    private static Integer course(CsvLine line, LineChecks checks) {
        String value = line.get(COURSE);
        if (value == null) {
            return null;
        }
        if (!value.matches("[1-6]")) {
            checks.add(line, COURSE, "Курс — число от 1 до 6.");
            return null;
        }
        return Integer.valueOf(value);
    }

    private static String classTeacher(CsvLine line, RosterSnapshot roster, LineChecks checks) {
        String value = line.get(CLASS_TEACHER);
        if (value == null) {
            return null;
        }
        Person byNumber = roster.person(PersonRole.STAFF, value.replaceAll("\\s+", "")).orElse(null);
        if (byNumber != null && byNumber.isActive()) {
            return byNumber.id();
        }
        List<Person> byName = roster.activeStaffNamed(value.replaceAll("\\s+", " "));
        if (byName.size() == 1) {
            return byName.get(0).id();
        }
        checks.add(line, CLASS_TEACHER, byName.isEmpty()
                ? "Такого работающего сотрудника нет в списке сотрудников: сначала загрузите файл «Сотрудники» "
                        + "или проверьте ФИО (можно указать табельный номер)."
                : "Несколько сотрудников с таким ФИО: укажите табельный номер классного руководителя.");
        return null;
    }
}
