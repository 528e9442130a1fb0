package ru.sferumworkflow.platform.security;

/** Recognises text that the engine's expression language would evaluate. */
final class ExpressionText {

    private ExpressionText() {
    }

    static boolean contains(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }
}
