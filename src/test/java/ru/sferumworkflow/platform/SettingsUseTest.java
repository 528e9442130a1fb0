package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A setting without a default is optional: the code reads it with value() and decides what its absence means. Read
 * with get(), which stops when it is not set, it made the application refuse to start without SFERUM_HISTORY_TTL_DAYS
 * — a bug the server tests could not see, since they set every setting.
 */
class SettingsUseTest {

    /** Required only once another setting asks for them: the mailbox's user once its host is set. */
    static final Set<String> REQUIRED_WITH_ANOTHER = Set.of("IMAP_HOST", "IMAP_USER");
    static final Pattern GET = Pattern.compile("Settings\\.([A-Z_]+)\\.(?:get|positiveInt)\\(\\)");

    @Test
    void everySettingReadAsRequiredHasADefault() throws IOException, ReflectiveOperationException {
        Field defaultValue = Settings.class.getDeclaredField("defaultValue");
        defaultValue.setAccessible(true);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher read = GET.matcher(Files.readString(source));
                while (read.find()) {
                    Settings setting = Settings.valueOf(read.group(1));
                    if (defaultValue.get(setting) == null && !REQUIRED_WITH_ANOTHER.contains(setting.name())) {
                        problems.add(source + ": " + setting + " has no default but is read with get()");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
