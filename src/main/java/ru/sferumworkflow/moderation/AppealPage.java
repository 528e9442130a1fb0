package ru.sferumworkflow.moderation;

/** What the appeal page shows for a personal link. */
record AppealPage(State state, String chatTitle, String personName, String rule, String until, String description,
        Boolean upheld) {

    /** OPEN: may appeal; APPEALED: waits for the decision; DECIDED: decided, the restriction still runs. */
    enum State { OPEN, APPEALED, DECIDED, CLOSED, UNKNOWN }

    static AppealPage of(State state) {
        return new AppealPage(state, null, null, null, null, null, null);
    }
}
