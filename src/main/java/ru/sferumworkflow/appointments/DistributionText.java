package ru.sferumworkflow.appointments;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The director's distribution of class teachers as written: one line per group, «группа; классный руководитель»
 * (ФИО or e-mail), separated by a semicolon, a comma or a tab (as pasted from Excel), with or without a header row.
 * Only the shape is checked here; whether the group and the teacher exist is the roster's business.
 */
public final class DistributionText {

    /** Longer lists are split: the director approves a distribution as a whole, and reads it before approving. */
    static final int MAX_LINES = 500;

    /** One line: the group's code and the teacher as written. */
    public record Line(int number, String groupCode, String teacher) {
    }

    private DistributionText() {
    }

    /** The lines, or the problems found, each naming its line. */
    public static List<Line> parse(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add("Распределение пустое: напишите по строке на группу — «код группы; ФИО классного руководителя».");
            return List.of();
        }
        String firstLine = text.strip().lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 ? '\t' : firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text.strip()))) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                String group = record.size() > 0 ? record.get(0) : "";
                String teacher = record.size() > 1 ? record.get(1) : "";
                if (number == 1 && group.toLowerCase(Locale.ROOT).startsWith("групп")) {
                    continue; // the header row
                }
                if (record.size() > 2 && record.stream().skip(2).anyMatch(cell -> !cell.isBlank())) {
                    problems.add("Строка " + number + ": лишние столбцы — нужны только группа и классный руководитель.");
                } else if (group.isBlank() || teacher.isBlank()) {
                    problems.add("Строка " + number + ": нужны код группы и классный руководитель через «;».");
                } else {
                    lines.add(new Line(number, group, teacher));
                }
                if (number > MAX_LINES) {
                    problems.add("Больше " + MAX_LINES + " строк: разделите распределение на части.");
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add("Текст не читается как таблица: проверьте кавычки. " + e.getMessage());
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("В распределении нет ни одной группы.");
        }
        return lines;
    }
}
