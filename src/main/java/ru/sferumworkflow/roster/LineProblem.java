package ru.sferumworkflow.roster;

/** What is wrong in a file: the line (1 is the header), the column (null for the whole line) and the reason. */
public record LineProblem(int line, String column, String message) {
}
