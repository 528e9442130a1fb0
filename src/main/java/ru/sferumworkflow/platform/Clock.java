package ru.sferumworkflow.platform;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock in the college's time zone (SFERUM_TIME_ZONE), so that process tests can move time. */
public final class Clock {

    public static final ZoneId COLLEGE_ZONE = ZoneId.of(Settings.TIME_ZONE.get());

    private Clock() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), COLLEGE_ZONE);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }
}
