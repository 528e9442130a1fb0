package ru.sferumworkflow.platform;

import java.util.Optional;

/**
 * The application's settings. Each comes from an environment variable (the names the README documents);
 * a system property of the same meaning wins, so that the dev run and the tests can set them on the JVM.
 */
public enum Settings {

    COLLEGE_ID("SFERUM_COLLEGE_ID", "sferum.college-id", "college"),
    COLLEGE_NAME("SFERUM_COLLEGE_NAME", "sferum.college-name", "Техникум"),
    DEMO_DATA("SFERUM_DEMO_DATA", "sferum.demo-data", "false"),
    OPERATOR_PASSWORD("SFERUM_OPERATOR_PASSWORD", "sferum.operator-password", null);

    private final String environmentVariable;
    private final String systemProperty;
    private final String defaultValue;

    Settings(String environmentVariable, String systemProperty, String defaultValue) {
        this.environmentVariable = environmentVariable;
        this.systemProperty = systemProperty;
        this.defaultValue = defaultValue;
    }

    public Optional<String> value() {
        String value = System.getProperty(systemProperty);
        if (isBlank(value)) {
            value = System.getenv(environmentVariable);
        }
        if (isBlank(value)) {
            value = defaultValue;
        }
        return Optional.ofNullable(value).map(String::trim);
    }

    public String get() {
        return value().orElseThrow(() -> new IllegalStateException("Не задана настройка " + environmentVariable));
    }

    public boolean isOn() {
        return value().map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on") || v.equals("1")).orElse(false);
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
