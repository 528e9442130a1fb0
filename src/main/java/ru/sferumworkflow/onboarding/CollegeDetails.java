package ru.sferumworkflow.onboarding;

/** What the administrator enters about the college, checked and normalised. */
public record CollegeDetails(String name, String shortName, String address, String site, String email) {
}
