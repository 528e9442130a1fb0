package ru.sferumworkflow.platform.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Moments in our JSON as RFC 3339 date-times, seconds always written (OffsetDateTime.toString drops zero seconds). */
public final class JsonTime {

    private JsonTime() {
    }

    public static String of(OffsetDateTime moment) {
        return moment == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }
}
