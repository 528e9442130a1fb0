package ru.sferumworkflow.privacy;

import ru.sferumworkflow.roster.JpaRoster;
import ru.sferumworkflow.roster.Person;

/** Who a destruction concerns, without the name: role, group and status — what its forms and its act show. */
final class SubjectSummary {

    private SubjectSummary() {
    }

    static String of(Person person, JpaRoster roster) {
        // No position: a position (a deputy director) names the person as well as the name does.
        String where = person.groupId() == null ? null
                : roster.group(person.collegeId(), person.groupId()).map(group -> "группа " + group.code()).orElse(null);
        return capitalized(person.role().title()) + (where == null ? "" : ", " + where) + ", " + person.status().title();
    }

    private static String capitalized(String text) {
        return text.substring(0, 1).toUpperCase() + text.substring(1);
    }
}
