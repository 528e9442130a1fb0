package ru.sferumworkflow.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import ru.sferumworkflow.platform.Clock;
import ru.sferumworkflow.platform.Settings;

/**
 * Deadlines in working days for timers in the models: {@code ${workingDays.after(requestSentAt, 3)}} is the
 * same time of day three working days later, Moscow time, by the production calendar (SFERUM_CALENDAR_FILE,
 * else the one shipped with the application).
 */
@ApplicationScoped
@Named("workingDays")
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class.getName());

    static final String SHIPPED = "/ru/sferumworkflow/platform/calendar/production-calendar.txt";

    private final ProductionCalendar calendar;

    public WorkingDays() {
        this(load());
    }

    public WorkingDays(ProductionCalendar calendar) {
        this.calendar = calendar;
        int year = Clock.today().getYear();
        if (!calendar.knowsYear(year)) {
            LOG.warning("В производственном календаре нет переносов выходных на " + year + " год: сроки считаются "
                    + "только по выходным и праздникам ст. 112 ТК РФ. Дополните файл (SFERUM_CALENDAR_FILE).");
        }
    }

    public Date after(Date from, int days) {
        Date start = from == null ? ClockUtil.getCurrentTime() : from;
        ZonedDateTime moment = start.toInstant().atZone(Clock.COLLEGE_ZONE);
        ZonedDateTime due = calendar.plusWorkingDays(moment.toLocalDate(), days).atTime(moment.toLocalTime())
                .atZone(Clock.COLLEGE_ZONE);
        return Date.from(due.toInstant());
    }

    /** The first working day of the month by the production calendar (1 January is never one, for instance). */
    public LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static ProductionCalendar load() {
        String file = Settings.CALENDAR_FILE.value().orElse(null);
        try (InputStream in = file == null ? WorkingDays.class.getResourceAsStream(SHIPPED) : Files.newInputStream(Path.of(file))) {
            return ProductionCalendar.read(in, file == null ? "production-calendar.txt" : file);
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось прочитать производственный календарь " + file, e);
        }
    }
}
