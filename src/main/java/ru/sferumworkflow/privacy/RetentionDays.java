package ru.sferumworkflow.privacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.sferumworkflow.roster.PersonRole;

/** SFERUM_PERSONAL_DATA_DAYS read: days kept after leaving, per role; each role must be named once. */
public final class RetentionDays {

    private static final Pattern ENTRY = Pattern.compile("(STUDENT|PARENT|STAFF)=(\\d{1,5})");

    private RetentionDays() {
    }

    public static Map<PersonRole, Integer> parse(String written) {
        Map<PersonRole, Integer> days = new EnumMap<>(PersonRole.class);
        for (String entry : written == null ? new String[0] : written.split(",")) {
            Matcher matcher = ENTRY.matcher(entry.trim());
            if (!matcher.matches() || days.put(PersonRole.valueOf(matcher.group(1)),
                    Integer.parseInt(matcher.group(2))) != null) {
                throw new IllegalArgumentException("SFERUM_PERSONAL_DATA_DAYS — через запятую «роль=дней» для каждой "
                        + "роли по разу, например STUDENT=365,PARENT=365,STAFF=365.");
            }
        }
        if (days.size() != PersonRole.values().length) {
            throw new IllegalArgumentException("SFERUM_PERSONAL_DATA_DAYS: укажите срок для STUDENT, PARENT и STAFF.");
        }
        return days;
    }
}
