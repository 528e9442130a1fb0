package ru.sferumworkflow.roster;

/** How many rows an import created, changed and found as they were. */
public record ImportCounts(int created, int updated, int unchanged) {
}
