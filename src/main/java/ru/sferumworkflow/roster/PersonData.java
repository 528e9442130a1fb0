package ru.sferumworkflow.roster;

import java.time.LocalDate;

/** What a file's line says about a person, already checked and normalized. */
public record PersonData(String fullName, String email, String phone, LocalDate birthDate, String groupId,
        String position, Boolean pedagogical) {

    public static PersonData staff(String fullName, String position, boolean pedagogical, String phone, String email) {
        return new PersonData(fullName, email, phone, null, null, position, pedagogical);
    }

    public static PersonData student(String fullName, LocalDate birthDate, String groupId, String phone, String email) {
        return new PersonData(fullName, email, phone, birthDate, groupId, null, null);
    }

    public static PersonData parent(String fullName, String phone, String email) {
        return new PersonData(fullName, email, phone, null, null, null, null);
    }
}
