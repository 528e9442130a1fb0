package ru.sferumworkflow.roster;

/** Whether a person is still with the college, and if not, why. */
public enum PersonStatus {
    ACTIVE("в Техникуме"),
    DISMISSED("уволен(а)"),
    EXPELLED("отчислен(а)"),
    GRADUATED("выпускник");

    private final String title;

    PersonStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
