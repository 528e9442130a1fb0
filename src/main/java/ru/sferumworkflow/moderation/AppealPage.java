package ru.sferumworkflow.moderation;

/** What the appeal page shows for a personal link. */
record AppealPage(State state, String chatTitle, String personName, String rule, String until, String description) {

    enum State { OPEN, APPEALED, CLOSED, UNKNOWN }

    static AppealPage of(State state) {
        return new AppealPage(state, null, null, null, null, null);
    }
}
