package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A college's three roster files at any size, for the benchmarks: staff, groups of 25 students, students with two
 * parents each — every person with a phone and an e-mail of their own, so that invitations can reach them.
 */
public final class CollegeFiles {

    public static final int GROUP_SIZE = 25;
    private static final String[] SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
            "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов"};
    private static final String[] NAMES = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей",
            "Артём", "Илья", "Кирилл", "Михаил"};
    private static final String[] PATRONYMICS = {"Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович",
            "Николаевич", "Викторович"};

    private CollegeFiles() {
    }

    public static int groupCount(int students) {
        return (students + GROUP_SIZE - 1) / GROUP_SIZE;
    }

    public static String groupCode(int g) {
        return "ГР-" + g;
    }

    public static String staff(int staff) {
        StringBuilder file = new StringBuilder("Табельный номер;ФИО;Должность;Педагогический работник;Мобильный телефон;E-mail\n");
        for (int i = 0; i < staff; i++) {
            file.append("Б").append(i).append(';').append(name(i)).append(';')
                    .append(i % 5 == 0 ? "Бухгалтер;нет" : "Преподаватель;да").append(';')
                    .append(String.format("+7 910 %07d", i)).append(';').append("staff").append(i).append("@college.example\n");
        }
        return file.toString();
    }

    public static String groups(int groups, int staff) {
        StringBuilder file = new StringBuilder("Код группы;Наименование;Специальность;Курс;Классный руководитель\n");
        for (int g = 0; g < groups; g++) {
            file.append(groupCode(g)).append(";Группа ").append(g).append(";Специальность;").append(1 + g % 4)
                    .append(';').append("Б").append(1 + (g % (staff - 1))).append('\n');
        }
        return file.toString();
    }

    public static String students(int students) {
        StringBuilder file = new StringBuilder("Номер личного дела;ФИО;Дата рождения;Группа;Мобильный телефон;E-mail;"
                + "ФИО родителя 1;Телефон родителя 1;E-mail родителя 1;ФИО родителя 2;Телефон родителя 2;E-mail родителя 2\n");
        LocalDate born = LocalDate.now().minusYears(17);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        for (int i = 0; i < students; i++) {
            file.append("Л-").append(i).append(';').append(name(i + 7)).append(';')
                    .append(date.format(born.minusDays(i % 700))).append(';').append(groupCode(i / GROUP_SIZE)).append(';')
                    .append(String.format("+7 920 %07d", i)).append(";student").append(i).append("@mail.example;")
                    .append(name(i + 3)).append(';').append(String.format("+7 930 %07d", i)).append(";mother").append(i)
                    .append("@mail.example;")
                    .append(name(i + 5)).append(';').append(String.format("+7 940 %07d", i)).append(";father").append(i)
                    .append("@mail.example\n");
        }
        return file.toString();
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + " " + NAMES[(i / SURNAMES.length) % NAMES.length] + " "
                + PATRONYMICS[(i / 7) % PATRONYMICS.length];
    }
}
