package ru.sferumworkflow.roster;

import java.time.LocalDate;
import java.util.List;

/** One kind of roster file: its columns, how one line is checked, and how the checked lines are saved. */
public interface RosterFile<R> {

    List<String> requiredColumns();

    /** The line's row, or null when the line has problems (then they are in {@code checks}). */
    R check(CsvLine line, RosterSnapshot roster, LineChecks checks, LocalDate today);

    /** Saves rows that all passed their checks; the writer records what is new and what may have left. */
    ImportCounts save(List<R> rows, RosterSnapshot roster, RosterWriter writer);

    static RosterFile<?> of(ImportKind kind) {
        return switch (kind) {
            case STAFF -> new StaffFile();
            case GROUPS -> new GroupsFile();
            case STUDENTS -> new StudentsFile();
        };
    }
}
