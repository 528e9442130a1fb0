package ru.sferumworkflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist, Cockpit, Admin and the welcome page in Russian: our ru.json of each app has every string of the overlay's
 * en.json, no more, each translated (not left in English), with the same placeholders; and the app's config offers
 * Russian.
 */
class WebappLocalesTest {

    static final Path WEBAPP = Path.of("src/main/webapp/app");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]|</?[a-z][a-z0-9]*(\\s[^>]*)?/?>|&\\w+;");
    static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");
    /** Names and code that stay as they are in any language. */
    static final List<String> KEPT = List.of("Camunda", "Cockpit", "Tasklist", "Admin", "Optimize", "Platform",
            "null", "undefined", "String", "Short", "Integer", "Long", "Double", "Boolean", "Date", "Object", "Bytes",
            "File", "Json", "Xml", "requestPayload", "YYYY", "DDTHH", "JSON", "XML", "BPMN", "CMMN", "DMN", "DRD",
            "REST", "API", "CSV", "LDAP", "URL", "UUID", "FEEL", "JUEL", "topic", "worker", "business", "key",
            "LIKE", "Zeebe", "CTRL", "EDE", "FNI", "RPI", "MMMM", "dddd", "yyyy", "resolve", "cockpit",
            "tasklist", "ddTHH", "Promise");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyStringOfTheAppIsInRussian(String app) throws IOException {
        Map<String, String> english = strings(englishOf(app));
        Map<String, String> russian = strings(read(Files.readString(WEBAPP.resolve(app + "/locales/ru.json"))));
        assertThat(russian.keySet()).as(app + ": the same keys as en.json").isEqualTo(english.keySet());
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String translated = russian.get(key);
            if (!placeholders(text).equals(placeholders(translated))) {
                problems.add(key + ": placeholders differ");
            }
            // Markup and placeholders aside (but not moment's [bracketed] words), every Latin word is a name.
            String latin = translated.replaceAll("\\{\\{[^}]*}}|<[^>]*>|&\\w+;|https?://\\S+", " ");
            Matcher word = LATIN_WORD.matcher(latin);
            while (word.find()) {
                if (!KEPT.contains(word.group()) && !(key.startsWith("/dateLocales/") && latin.matches("[A-Za-z:./ -]+"))) {
                    problems.add(key + ": left in English — «" + word.group() + "» in " + translated);
                    break;
                }
            }
        });
        assertThat(problems).as(app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theAppOffersRussian(String app) throws IOException {
        assertThat(Files.readString(WEBAPP.resolve(app + "/scripts/config.js")))
                .contains("availableLocales: ['en', 'de', 'ru']", "fallbackLocale: 'en'");
    }

    private static JsonObject englishOf(String app) throws IOException {
        try (ZipFile war = new ZipFile(System.getProperty("camunda.webapp.war"));
                InputStream in = war.getInputStream(war.getEntry("app/" + app + "/locales/en.json"))) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static JsonObject read(String json) {
        return Json.createReader(new java.io.StringReader(json.replace("\uFEFF", ""))).readObject();
    }

    /** Every string by its path: labels/KEY, dateLocales/months/format/0 … */
    private static Map<String, String> strings(JsonValue value) {
        Map<String, String> found = new LinkedHashMap<>();
        collect("", value, found);
        // The two month lists may be split into «format» and «standalone» (genitive in dates): each must be whole,
        // and they stand for the one list of the English file.
        Map<String, String> normal = new LinkedHashMap<>();
        found.forEach((path, text) -> normal.put(path.replaceAll("/(format|standalone)/", "/"), text));
        for (String list : List.of("/dateLocales/months", "/dateLocales/monthsShort")) {
            if (found.containsKey(list + "/format/0")) {
                for (int i = 0; i < 12; i++) {
                    assertThat(found).containsKeys(list + "/format/" + i, list + "/standalone/" + i);
                }
            }
        }
        return normal;
    }

    private static void collect(String path, JsonValue value, Map<String, String> found) {
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value).forEach((key, child) -> collect(path + "/" + key, child, found));
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    collect(path + "/" + i, array.get(i), found);
                }
            }
            case STRING -> found.put(path, ((JsonString) value).getString());
            default -> found.put(path, value.toString());
        }
    }

    private static List<String> placeholders(String text) {
        List<String> all = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            all.add(matcher.group().replace(" ", ""));
        }
        all.sort(null);
        return all;
    }
}
