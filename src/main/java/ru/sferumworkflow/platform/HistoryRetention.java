package ru.sferumworkflow.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How long the engine keeps each process's history (SFERUM_HISTORY_TTL_DAYS, over each model's own
 * historyTimeToLive) and when it cleans it (SFERUM_HISTORY_CLEANUP_WINDOW). A wrong value stops the start with a
 * message that says what to write: a typo must not silently keep personal data longer, or destroy it sooner.
 */
public final class HistoryRetention {

    private static final Pattern WINDOW = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern ENTRY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*=\\d{1,5}");

    private HistoryRetention() {
    }

    /** The window's start and end, «ЧЧ:ММ». */
    public static String[] window(String written) {
        String value = written == null ? "" : written.trim();
        if (!WINDOW.matcher(value).matches()) {
            throw new IllegalArgumentException("SFERUM_HISTORY_CLEANUP_WINDOW — окно очистки истории в виде "
                    + "«ЧЧ:ММ-ЧЧ:ММ», например 01:00-05:00.");
        }
        return value.split("-");
    }

    /** Process key → days, in the order written; empty when nothing is set. */
    public static Map<String, Integer> timeToLive(String written) {
        Map<String, Integer> days = new LinkedHashMap<>();
        if (written == null || written.isBlank()) {
            return days;
        }
        for (String entry : written.split(",")) {
            String trimmed = entry.trim();
            if (!ENTRY.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("SFERUM_HISTORY_TTL_DAYS — через запятую «ключ процесса=дней», "
                        + "например invitation=365,chatBreach=1095.");
            }
            int value = Integer.parseInt(trimmed.substring(trimmed.indexOf('=') + 1));
            if (value < 1 || value > 36_500) {
                throw new IllegalArgumentException("SFERUM_HISTORY_TTL_DAYS: срок — от 1 до 36 500 дней.");
            }
            days.put(trimmed.substring(0, trimmed.indexOf('=')), value);
        }
        return days;
    }
}
