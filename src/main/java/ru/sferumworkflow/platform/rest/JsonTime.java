package ru.sferumworkflow.platform.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import ru.sferumworkflow.platform.Clock;

/** Moments in our JSON as RFC 3339 date-times, seconds always written (OffsetDateTime.toString drops zero seconds). */
public final class JsonTime {

    private JsonTime() {
    }

    public static String of(OffsetDateTime moment) {
        return moment == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }

    /** A moment the engine keeps as a Date, in the college's time zone. */
    public static String of(Date moment) {
        return moment == null ? null : of(moment.toInstant().atZone(Clock.COLLEGE_ZONE)
                .toOffsetDateTime());
    }
}
