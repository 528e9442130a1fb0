package ru.sferumworkflow.platform;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The application's settings. Each comes from an environment variable (the names the README documents);
 * a system property of the same meaning wins, so that the dev run and the tests can set them on the JVM.
 */
public enum Settings {

    COLLEGE_ID("SFERUM_COLLEGE_ID", "sferum.college-id", "college"),
    COLLEGE_NAME("SFERUM_COLLEGE_NAME", "sferum.college-name", "Техникум"),
    MESSENGER_NAME("SFERUM_MESSENGER_NAME", "sferum.messenger-name", "VK Мессенджер"),
    SUPPORT_ADDRESS("SFERUM_SUPPORT_ADDRESS", "sferum.support-address", "info@sferum.ru"),
    MAIL_FROM("SFERUM_MAIL_FROM", "sferum.mail-from", "sferum-workflow@college.invalid"),
    SMTP_USER("SFERUM_SMTP_USER", "sferum.smtp-user", null),
    SMTP_PASSWORD("SFERUM_SMTP_PASSWORD", "sferum.smtp-password", null),
    TIME_ZONE("SFERUM_TIME_ZONE", "sferum.time-zone", "Europe/Moscow"),
    MAIL_RETRY_CYCLE("SFERUM_MAIL_RETRY_CYCLE", "sferum.mail-retry-cycle", "R5/PT10M"),
    IMAP_HOST("SFERUM_IMAP_HOST", "sferum.imap-host", null),
    IMAP_PORT("SFERUM_IMAP_PORT", "sferum.imap-port", "993"),
    IMAP_SSL("SFERUM_IMAP_SSL", "sferum.imap-ssl", "true"),
    IMAP_USER("SFERUM_IMAP_USER", "sferum.imap-user", null),
    IMAP_PASSWORD("SFERUM_IMAP_PASSWORD", "sferum.imap-password", null),
    IMAP_POLL_SECONDS("SFERUM_IMAP_POLL_SECONDS", "sferum.imap-poll-seconds", "60"),
    CALENDAR_FILE("SFERUM_CALENDAR_FILE", "sferum.calendar-file", null),
    /** The application's address as recipients reach it; personal links are built on it, never on a request's Host. */
    PUBLIC_URL("SFERUM_PUBLIC_URL", "sferum.public-url", "http://localhost:8080/camunda"),
    /** Where the platform's own invitation links may point (subdomains included). */
    PLATFORM_DOMAINS("SFERUM_PLATFORM_DOMAINS", "sferum.platform-domains", "sferum.ru,vk.com,vk.ru,vk.me,max.ru"),
    /** A second breach of a chat's rules within this many days is a repeated one: a restriction, not a reminder. */
    BREACH_PERIOD_DAYS("SFERUM_BREACH_PERIOD_DAYS", "sferum.breach-period-days", "30"),
    DEMO_DATA("SFERUM_DEMO_DATA", "sferum.demo-data", "false"),
    OPERATOR_PASSWORD("SFERUM_OPERATOR_PASSWORD", "sferum.operator-password", null),
    /** The bearer token Prometheus sends to /camunda/metrics; without it the endpoint does not exist. */
    METRICS_TOKEN("SFERUM_METRICS_TOKEN", "sferum.metrics-token", null),
    /** When the engine removes history past its time to live: a night window, «ЧЧ:ММ-ЧЧ:ММ» in the server's time. */
    HISTORY_CLEANUP_WINDOW("SFERUM_HISTORY_CLEANUP_WINDOW", "sferum.history-cleanup-window", "01:00-05:00"),
    /** Days of history per process where the model's own time to live is not the one wanted: «invitation=365,…». */
    HISTORY_TTL_DAYS("SFERUM_HISTORY_TTL_DAYS", "sferum.history-ttl-days", null),
    /**
     * Days after a person left (dismissal, expulsion, graduation) before the destruction of their personal data is
     * proposed, per role: «STUDENT=365,PARENT=365,STAFF=365»; 0 proposes it as soon as the removal from chats is done.
     */
    PERSONAL_DATA_DAYS("SFERUM_PERSONAL_DATA_DAYS", "sferum.personal-data-days", "STUDENT=365,PARENT=365,STAFF=365"),
    /**
     * How long a node holds the jobs it took (a letter, a timer) before another node may take them: after a node
     * dies, its unfinished jobs wait this long. Longer than the slowest job (a letter to a slow mail server).
     */
    JOB_LOCK_SECONDS("SFERUM_JOB_LOCK_SECONDS", "sferum.job-lock-seconds", "300"),
    /** The most threads this node runs jobs in (letters, timers) at once; the engine's own default is 10. */
    JOB_THREADS("SFERUM_JOB_THREADS", "sferum.job-threads", "10"),
    /**
     * How many due jobs the node takes from the database in one go. The engine's own default is 3; with 10 the
     * September wave's 9,000 letters went 10-15 % faster on H2 (docs/performance.md), at the price of more jobs
     * waiting for SFERUM_JOB_LOCK_SECONDS should the node that took them die.
     */
    JOB_ACQUISITION_SIZE("SFERUM_JOB_ACQUISITION_SIZE", "sferum.job-acquisition-size", "10"),
    /**
     * This node's name in the job log and in its job locks (which node ran what); each node of a cluster its own.
     * Without it, the server's node name (jboss.node.name: the host name, in a container its id).
     */
    NODE_NAME("SFERUM_NODE_NAME", "sferum.node-name", null);

    /** The settings that are counts, seconds, days or a port: each a whole number above zero. */
    private static final Set<Settings> WHOLE_NUMBERS = EnumSet.of(IMAP_PORT, IMAP_POLL_SECONDS, BREACH_PERIOD_DAYS,
            JOB_LOCK_SECONDS, JOB_THREADS, JOB_ACQUISITION_SIZE);

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

    /** A count or a number of seconds: a whole number above zero, else a Russian message that names the setting. */
    public int positiveInt() {
        String value = get();
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, together with zero and negative numbers
        }
        throw new IllegalStateException(
                "Настройка " + environmentVariable + " должна быть целым числом больше нуля, а задано «" + value + "»");
    }

    /**
     * Stops the start on the first mistyped number, whichever part of the application reads it and whenever: read only
     * where it is used, a wrong SFERUM_BREACH_PERIOD_DAYS surfaced as a failed job of the first breach report, and a
     * wrong IMAP port as Java's «For input string» in a log warning while no reply of the platform was read.
     */
    public static void checkWholeNumbers() {
        WHOLE_NUMBERS.forEach(Settings::positiveInt);
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
