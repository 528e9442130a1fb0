package ru.sferumworkflow.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Russian working days: Monday to Friday, less the public holidays of art. 112 of the Labour Code, with the
 * year's transfers (days off moved by the Government, working Saturdays) read from a calendar file.
 */
public final class ProductionCalendar {

    private static final Set<MonthDay> PUBLIC_HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4),
            MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
            MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
            MonthDay.of(6, 12), MonthDay.of(11, 4));

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingWeekendDays;

    private ProductionCalendar(Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {
        this.daysOff = Set.copyOf(daysOff);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    /** Reads lines «2026-01-09 выходной» / «2026-11-01 рабочий»; # starts a comment. */
    public static ProductionCalendar read(InputStream in, String source) {
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.replaceAll("#.*", "").trim();
                if (text.isEmpty()) {
                    continue;
                }
                String[] parts = text.split("\\s+");
                LocalDate date = parseDate(parts[0], source, number);
                String kind = parts.length > 1 ? parts[1].toLowerCase() : "";
                switch (kind) {
                    case "выходной" -> daysOff.add(date);
                    case "рабочий" -> working.add(date);
                    default -> throw new IllegalArgumentException(source + ", строка " + number
                            + ": после даты напишите «выходной» или «рабочий»");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProductionCalendar(daysOff, working);
    }

    private static LocalDate parseDate(String text, String source, int number) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ", строка " + number + ": дата в виде ГГГГ-ММ-ДД, а не «" + text + "»");
        }
    }

    /** True when the file lists the year's transfers (without them the year counts only art. 112 holidays). */
    public boolean knowsYear(int year) {
        return daysOff.stream().anyMatch(day -> day.getYear() == year)
                || workingWeekendDays.stream().anyMatch(day -> day.getYear() == year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.contains(date)) {
            return true;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !daysOff.contains(date) && !PUBLIC_HOLIDAYS.contains(MonthDay.from(date));
    }

    /** The day that is the given number of working days after the start (the start itself not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
