package ru.sferumworkflow.platform;

/** What the process engine can keep, so that a check refuses it in Russian before the engine fails on it. */
public final class EngineLimits {

    /**
     * The longest text a process variable holds (the engine's TEXT_ column, H2 and PostgreSQL alike). A longer one
     * fails only as the transaction is saved, with a server error that says nothing about what to fix.
     */
    public static final int TEXT_VARIABLE = 4000;

    private EngineLimits() {
    }
}
