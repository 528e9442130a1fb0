package ru.sferumworkflow.roster;

/** What a list of people is narrowed to; null means any. */
public record PersonFilter(String text, PersonRole role, String groupId, PersonStatus status) {
}
