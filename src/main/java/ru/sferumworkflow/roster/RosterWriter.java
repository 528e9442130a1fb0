package ru.sferumworkflow.roster;

import java.time.OffsetDateTime;

/** Where a {@link RosterFile} puts what it saves: new rows, «выбыли?» entries, and the progress made. */
public interface RosterWriter {

    String collegeId();

    OffsetDateTime now();

    void persist(Object entity);

    /** A person the file no longer lists: shown as «выбыли?» for an administrator to confirm. */
    void departure(Person person);

    /** One more line saved (for the progress bar). */
    void saved();
}
