package ru.sferumworkflow.platform.rest;

import java.util.function.Predicate;

/** The chain of an exception and its causes, read by the mappers that decide what a failure means for the client. */
final class Causes {

    private Causes() {
    }

    /** Whether the exception or any of its causes is of the kind. */
    static boolean any(Throwable e, Predicate<Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
