package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A college's three roster files at any size, for the benchmarks: staff, groups of 25 students, students with two
 * parents each — every person with a phone and an e-mail of their own, so that invitations can reach them.
 * <p>
 * {@code ./mvnw -Pbenchmark verify} runs every benchmark against one server and one database, so each benchmark
 * loads a roster of its own: its prefix on every group code and record number, its own block of phones and e-mails.
 * With one roster for all, a later benchmark found an earlier one's students in its groups (parents are matched by
 * phone, so the phones must differ too), and an upload timed as the first one was in fact a repeat.
 *
 * @param prefix begins every group code and record number: «ВП-3», «ВП-Л-75», «ВП-Б4»
 * @param block  the millions digit of every phone's last seven digits and the mark in every e-mail (1–9)
 */
public record CollegeFiles(String prefix, int block) {

    public static final CollegeFiles ROSTER_IMPORT = new CollegeFiles("СП", 1);
    public static final CollegeFiles INVITATIONS = new CollegeFiles("ПР", 2);
    public static final CollegeFiles REMOVAL = new CollegeFiles("ВП", 3);

    public static final int GROUP_SIZE = 25;
    private static final int BLOCK_SIZE = 1_000_000;
    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов"};
    private static final String[] NAMES = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей",
            "Артём", "Илья", "Кирилл", "Михаил"};
    private static final String[] PATRONYMICS = {"Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович",
            "Николаевич", "Викторович"};

    public CollegeFiles {
        if (block < 1 || block > 9) {
            throw new IllegalArgumentException("block " + block + ": a digit from 1 to 9");
        }
    }

    public static int groupCount(int students) {
        return (students + GROUP_SIZE - 1) / GROUP_SIZE;
    }

    public String groupCode(int g) {
        return prefix + "-" + g;
    }

    /** Whether a group was loaded from this college's files. */
    public boolean owns(String groupCode) {
        return groupCode.startsWith(prefix + "-");
    }

    public String staff(int staff) {
        StringBuilder file = new StringBuilder("Табельный номер;ФИО;Должность;Педагогический работник;Мобильный телефон;E-mail\n");
        for (int i = 0; i < staff; i++) {
            file.append(staffNumber(i)).append(';').append(name(i)).append(';')
                    .append(i % 5 == 0 ? "Бухгалтер;нет" : "Преподаватель;да").append(';').append(phone("910", i))
                    .append(';').append(email("staff", i, "college.example")).append('\n');
        }
        return file.toString();
    }

    public String groups(int groups, int staff) {
        StringBuilder file = new StringBuilder("Код группы;Наименование;Специальность;Курс;Классный руководитель\n");
        for (int g = 0; g < groups; g++) {
            file.append(groupCode(g)).append(";Группа ").append(g).append(";Специальность;").append(1 + g % 4)
                    .append(';').append(staffNumber(1 + (g % (staff - 1)))).append('\n');
        }
        return file.toString();
    }

    public String students(int students) {
        StringBuilder file = new StringBuilder("Номер личного дела;ФИО;Дата рождения;Группа;Мобильный телефон;E-mail;"
                + "ФИО родителя 1;Телефон родителя 1;E-mail родителя 1;ФИО родителя 2;Телефон родителя 2;E-mail родителя 2\n");
        LocalDate born = LocalDate.now().minusYears(17);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        for (int i = 0; i < students; i++) {
            file.append(prefix).append("-Л-").append(i).append(';').append(name(i + 7)).append(';')
                    .append(date.format(born.minusDays(i % 700))).append(';').append(groupCode(i / GROUP_SIZE)).append(';')
                    .append(phone("920", i)).append(';').append(email("student", i, "mail.example")).append(';')
                    .append(name(i + 3)).append(';').append(phone("930", i)).append(';')
                    .append(email("mother", i, "mail.example")).append(';')
                    .append(name(i + 5)).append(';').append(phone("940", i)).append(';')
                    .append(email("father", i, "mail.example")).append('\n');
        }
        return file.toString();
    }

    private String staffNumber(int i) {
        return prefix + "-Б" + i;
    }

    private String phone(String code, int i) {
        if (i >= BLOCK_SIZE) {
            throw new IllegalArgumentException(i + " people: a block holds fewer than " + BLOCK_SIZE);
        }
        return String.format("+7 %s %07d", code, block * BLOCK_SIZE + i);
    }

    private String email(String who, int i, String domain) {
        return who + i + ".c" + block + "@" + domain;
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + " " + NAMES[(i / SURNAMES.length) % NAMES.length] + " "
                + PATRONYMICS[(i / 7) % PATRONYMICS.length];
    }
}
