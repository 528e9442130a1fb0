package ru.sferumworkflow.roster;

/** What a person is to the college; one row per role (a teacher who is also a parent has two). */
public enum PersonRole {
    STAFF("работник"),
    STUDENT("обучающийся"),
    PARENT("родитель (законный представитель)");

    private final String title;

    PersonRole(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
