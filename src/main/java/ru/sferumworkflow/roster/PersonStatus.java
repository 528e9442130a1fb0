package ru.sferumworkflow.roster;

/** Whether a person is still with the college, and if not, why. */
public enum PersonStatus {
    ACTIVE("в Техникуме"),
    DISMISSED("уволен(а)"),
    EXPELLED("отчислен(а)"),
    GRADUATED("выпускник"),
    /** Withdrew the consent to processing: out of every chat, their data destroyed within 30 days (152-ФЗ, ст. 21). */
    WITHDRAWN("отозвал(а) согласие на обработку персональных данных");

    private final String title;

    PersonStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
