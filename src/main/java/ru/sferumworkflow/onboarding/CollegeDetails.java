package ru.sferumworkflow.onboarding;

import java.util.List;

/** What the administrator enters about the college, checked and normalised; groups as in the nomenclature. */
public record CollegeDetails(String name, String shortName, String address, String site, String email,
        List<String> groups) {
}
