package ru.sferumworkflow.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The roster's files as an administrator loads them: the sample files of the import page in both encodings and
 * both delimiters, every bad line reported, a second load of the same file changing nothing, changed lines
 * updated, people missing from a new file listed as «выбыли?».
 */
class RosterFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final RosterSnapshot roster = new RosterSnapshot(List.of(), List.of(), List.of());
    private final List<Object> saved = new ArrayList<>();
    private final List<Person> departures = new ArrayList<>();

    @Test
    void samplesLoadInOrderStaffGroupsStudents() throws IOException {
        assertThat(load(ImportKind.STAFF, sample("staff.csv")).created()).isEqualTo(6);
        assertThat(load(ImportKind.GROUPS, sample("groups.csv")).created()).isEqualTo(2);
        assertThat(load(ImportKind.STUDENTS, sample("students.csv")).created()).isEqualTo(3);

        Person morozov = roster.person(PersonRole.STAFF, "0002").orElseThrow();
        assertThat(morozov.phone()).isEqualTo("+79120000002");
        assertThat(morozov.pedagogical()).isTrue();
        assertThat(roster.person(PersonRole.STAFF, "0006").orElseThrow().pedagogical()).isFalse();
        Person volkova = roster.person(PersonRole.STAFF, "0004").orElseThrow();
        assertThat(roster.group("ис-21").orElseThrow().classTeacherId()).isEqualTo(volkova.id());
        assertThat(roster.group("СВ-11").orElseThrow().classTeacherId())
                .isEqualTo(roster.person(PersonRole.STAFF, "0005").orElseThrow().id());

        // Brother and sister share their mother: one parent row, two links.
        assertThat(roster.people(PersonRole.PARENT)).hasSize(2);
        Person mother = roster.person(PersonRole.PARENT, "+79132000202").orElseThrow();
        assertThat(mother.email()).isEqualTo("ivanova@mail.example");
        Person peter = roster.person(PersonRole.STUDENT, "2024-101").orElseThrow();
        Person daria = roster.person(PersonRole.STUDENT, "2024-102").orElseThrow();
        assertThat(roster.currentLinks(peter.id())).hasSize(2);
        assertThat(roster.currentLinks(daria.id())).extracting(StudentParent::parentId).containsExactly(mother.id());
        assertThat(peter.isMinorOn(TODAY)).isTrue();
        assertThat(roster.person(PersonRole.STUDENT, "2023-055").orElseThrow().isMinorOn(TODAY)).isFalse();
    }

    @Test
    void windows1251WithCommasReadsLikeUtf8WithSemicolons() throws IOException {
        String utf8 = new String(sample("staff.csv"), StandardCharsets.UTF_8);
        byte[] cp1251 = utf8.replace(';', ',').getBytes(CsvTable.WINDOWS_1251);

        CsvTable table = CsvTable.open(cp1251);
        assertThat(table.charset()).isEqualTo(CsvTable.WINDOWS_1251);
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(load(ImportKind.STAFF, cp1251).created()).isEqualTo(6);
        assertThat(roster.person(PersonRole.STAFF, "0001").orElseThrow().fullName()).isEqualTo("Соколова Ольга Николаевна");
    }

    @Test
    void excelsUtf8MarkAndQuotedCellsAreRead() {
        byte[] withBom = ("\uFEFFТабельный номер;ФИО;Должность;Педагогический работник\n"
                + "7;\"Жукова  Ирина\";\"Педагог; организатор\";Да\n").getBytes(StandardCharsets.UTF_8);
        assertThat(load(ImportKind.STAFF, withBom).created()).isEqualTo(1);
        Person person = roster.person(PersonRole.STAFF, "7").orElseThrow();
        assertThat(person.fullName()).isEqualTo("Жукова Ирина");
        assertThat(person.position()).isEqualTo("Педагог; организатор");
    }

    @Test
    void everyBadLineIsReportedWithLineColumnAndReason() {
        byte[] file = """
                Табельный номер;ФИО;Должность;Педагогический работник;Мобильный телефон;E-mail
                1;Ivanov Ivan;Преподаватель;да;;
                2;Петров Пётр;Преподаватель;может быть;12345;petrov@
                1;Сидоров Сидор;Мастер;да;;

                ;Орлова Ольга;;да;;
                """.getBytes(StandardCharsets.UTF_8);
        List<LineProblem> problems = check(ImportKind.STAFF, file);

        assertThat(problems).extracting(LineProblem::line, LineProblem::column).containsExactlyInAnyOrder(
                tuple(2, StaffFile.NAME),
                tuple(3, StaffFile.PEDAGOGICAL),
                tuple(3, StaffFile.PHONE),
                tuple(3, StaffFile.EMAIL),
                tuple(4, StaffFile.NUMBER),
                tuple(6, StaffFile.NUMBER),
                tuple(6, StaffFile.POSITION));
        assertThat(problems).filteredOn(problem -> problem.line() == 4).first()
                .extracting(LineProblem::message).asString().contains("строке 2");
        // The phone is personal data: the report says what is wrong, not what was written.
        assertThat(problems).extracting(LineProblem::message).noneMatch(message -> message.contains("12345"));
    }

    @Test
    void missingColumnsAreNamed() {
        CsvTable table = CsvTable.open("ФИО;Должность\nПетров Пётр;Преподаватель\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.missingColumns(new StaffFile().requiredColumns()))
                .extracting(LineProblem::column).containsExactly(StaffFile.NUMBER, StaffFile.PEDAGOGICAL);
    }

    @Test
    void studentsNeedAKnownGroupAndMinorsAParent() throws IOException {
        load(ImportKind.STAFF, sample("staff.csv"));
        load(ImportKind.GROUPS, sample("groups.csv"));
        byte[] file = """
                Номер личного дела;ФИО;Дата рождения;Группа;ФИО родителя 1;Телефон родителя 1
                1;Белов Иван Петрович;01.01.2010;ИС-99;Белова Анна;+79130000001
                2;Белов Олег Петрович;31.02.2010;ИС-21;;
                3;Белов Пётр Петрович;01.01.2010;ИС-21;;
                4;Чернов Юрий;01.01.2010;ИС-21;Чернова Анна;
                5;Зайцев Лев;01.01.2010;ИС-21;Зайцева Вера;+79130000001
                """.getBytes(StandardCharsets.UTF_8);
        List<LineProblem> problems = check(ImportKind.STUDENTS, file);

        assertThat(problems).extracting(LineProblem::line, LineProblem::column).containsExactlyInAnyOrder(
                tuple(2, StudentsFile.GROUP),
                tuple(3, StudentsFile.BIRTH_DATE),
                tuple(4, StudentsFile.parentName(1)),
                tuple(5, StudentsFile.parentPhone(1)),
                tuple(6, StudentsFile.parentPhone(1)));
    }

    @Test
    void theSameFileTwiceChangesNothing() throws IOException {
        load(ImportKind.STAFF, sample("staff.csv"));
        load(ImportKind.GROUPS, sample("groups.csv"));
        load(ImportKind.STUDENTS, sample("students.csv"));
        int rows = saved.size();

        assertThat(load(ImportKind.STAFF, sample("staff.csv"))).isEqualTo(new ImportCounts(0, 0, 6));
        assertThat(load(ImportKind.GROUPS, sample("groups.csv"))).isEqualTo(new ImportCounts(0, 0, 2));
        assertThat(load(ImportKind.STUDENTS, sample("students.csv"))).isEqualTo(new ImportCounts(0, 0, 3));
        assertThat(saved).hasSize(rows);
        assertThat(departures).isEmpty();
    }

    @Test
    void changedLinesUpdateAndMissingPeopleAreListedAsDepartures() throws IOException {
        load(ImportKind.STAFF, sample("staff.csv"));
        load(ImportKind.GROUPS, sample("groups.csv"));
        load(ImportKind.STUDENTS, sample("students.csv"));
        String students = new String(sample("students.csv"), StandardCharsets.UTF_8);
        // Пётр moves to СВ-11 and his father is no longer named; Смирнов is not in the new file.
        String changed = students.lines()
                .filter(line -> !line.startsWith("2023-055"))
                .map(line -> line.startsWith("2024-101")
                        ? "2024-101;Иванов Пётр Алексеевич;15.03.2009;СВ-11;+7 913 100-01-01;;Иванова Ольга Петровна;+7 913 200-02-02;ivanova@mail.example;;;"
                        : line)
                .reduce("", (a, b) -> a + b + "\n");

        assertThat(load(ImportKind.STUDENTS, changed.getBytes(StandardCharsets.UTF_8))).isEqualTo(new ImportCounts(0, 1, 1));
        Person peter = roster.person(PersonRole.STUDENT, "2024-101").orElseThrow();
        assertThat(peter.groupId()).isEqualTo(roster.group("СВ-11").orElseThrow().id());
        assertThat(roster.currentLinks(peter.id())).hasSize(1);
        assertThat(departures).extracting(Person::externalKey).containsExactly("2023-055");
        // Nobody is deleted or changed because of a missing line: an administrator confirms a movement event.
        assertThat(roster.person(PersonRole.STUDENT, "2023-055").orElseThrow().isActive()).isTrue();
    }

    @Test
    void aPersonWhoLeftCannotReappearThroughAFile() throws IOException {
        load(ImportKind.STAFF, sample("staff.csv"));
        roster.person(PersonRole.STAFF, "0004").orElseThrow().move(PersonStatus.DISMISSED, null, OffsetDateTime.now());

        List<LineProblem> problems = check(ImportKind.STAFF, sample("staff.csv"));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).contains("«Восстановление»");
        });
    }

    private ImportCounts load(ImportKind kind, byte[] content) {
        List<Object> rows = new ArrayList<>();
        List<LineProblem> problems = check(kind, content, rows);
        assertThat(problems).as("problems in a file that should load").isEmpty();
        departures.clear();
        return save(RosterFile.of(kind), rows);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ImportCounts save(RosterFile file, List<Object> rows) {
        return file.save(rows, roster, writer());
    }

    private List<LineProblem> check(ImportKind kind, byte[] content) {
        return check(kind, content, new ArrayList<>());
    }

    private List<LineProblem> check(ImportKind kind, byte[] content, List<Object> rows) {
        CsvTable table = CsvTable.open(content);
        RosterFile<?> file = RosterFile.of(kind);
        LineChecks checks = new LineChecks();
        checks.addAll(table.missingColumns(file.requiredColumns()));
        table.forEachLine(line -> {
            Object row = file.check(line, roster, checks, TODAY);
            if (row != null) {
                rows.add(row);
            }
        });
        return checks.problems();
    }

    private RosterWriter writer() {
        return new RosterWriter() {
            @Override
            public String collegeId() {
                return "college";
            }

            @Override
            public OffsetDateTime now() {
                return OffsetDateTime.now();
            }

            @Override
            public void persist(Object entity) {
                saved.add(entity);
            }

            @Override
            public void departure(Person person) {
                departures.add(person);
            }

            @Override
            public void saved() {
                // progress is not under test here
            }
        };
    }

    /** The sample files that the import page offers for download. */
    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/main/webapp/sferum/samples", name));
    }
}
