package ru.sferumworkflow.platform.security;

import java.util.Set;

/** Recognises text that the engine's expression language would evaluate. */
final class ExpressionText {

    /** Functions of Tasklist's filter dialog; they read the current user and nothing else. */
    private static final Set<String> HARMLESS = Set.of("${currentUser()}", "${currentUserGroups()}");

    private ExpressionText() {
    }

    static boolean contains(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** An expression other than exactly one of the harmless functions. */
    static boolean isForbidden(String text) {
        return contains(text) && !HARMLESS.contains(text.trim());
    }
}
