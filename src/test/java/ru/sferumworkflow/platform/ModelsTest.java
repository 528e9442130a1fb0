package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * What bpmnlint does not see in processes/: every form Tasklist can render (ids unique within a form, as the
 * form library demands, or the form fails to show) and every formRef of a model pointing at a form that exists.
 */
class ModelsTest {

    static final Path MODELS = Path.of("processes");
    static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

    @Test
    void everyFormHasUniqueIdsAndAKeyForEveryInput() throws IOException {
        for (Path file : files(".form")) {
            JsonObject form = read(file);
            List<String> ids = new ArrayList<>(List.of(form.getString("id")));
            collect(form, ids, file);
            Set<String> duplicates = ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).collect(Collectors.toSet());
            assertThat(duplicates).as(file + ": ids used twice").isEmpty();
        }
    }

    /**
     * What a screen reader reads and a person sees: every field of every form has a label (a date its date label), in
     * Russian, and a choice's options too. The E2E tests check the rendered forms they meet with axe-core.
     */
    @Test
    void everyFieldOfEveryFormHasARussianLabel() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(".form")) {
            labels(read(file), file, problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void labels(JsonObject container, Path file, List<String> problems) {
        if (!container.containsKey("components")) {
            return;
        }
        for (JsonValue value : container.getJsonArray("components")) {
            JsonObject field = value.asJsonObject();
            if (field.containsKey("key") && !"hidden".equals(field.getString("type"))) {
                String label = field.getString("datetime".equals(field.getString("type")) ? "dateLabel" : "label", "");
                if (!label.matches("(?s).*\\p{IsCyrillic}.*")) {
                    problems.add(file.getFileName() + ": " + field.getString("key") + " has no Russian label");
                }
                if (field.containsKey("values")) {
                    field.getJsonArray("values").forEach(option -> {
                        if (!option.asJsonObject().getString("label", "").matches("(?s).*\\p{IsCyrillic}.*")) {
                            problems.add(file.getFileName() + ": an option of " + field.getString("key") + " is not in Russian");
                        }
                    });
                }
            }
            labels(field, file, problems);
        }
    }

    /**
     * A Markdown view reads what it shows as markup; an HTML view has the form library escape each inserted value.
     * So a value a person typed (a chat's title, a description, a comment, a position) goes only into HTML views;
     * Markdown views take only values that cannot hold markup (checked formats, identifiers, what the application
     * words itself) or lists the server builds with {@code platform.web.Markdown}.
     */
    @Test
    void markdownViewsShowOnlyValuesThatCannotHoldMarkup() throws IOException {
        Set<String> safe = Set.of("adminEmail", "adminFullName", "adminPhone", "distributionTable", "files",
                "givenRecord", "groupCode", "orderId", "orderNumber", "peopleList", "previousTeacher", "reportId",
                "reportTitle", "requestReference", "rosterRecord", "ruleReason", "teacherName");
        List<String> problems = new ArrayList<>();
        for (Path file : files(".form")) {
            markdownPlaces(read(file), file, safe, problems);
        }
        assertThat(problems).isEmpty();
    }

    private static void markdownPlaces(JsonObject container, Path file, Set<String> safe, List<String> problems) {
        if (!container.containsKey("components")) {
            return;
        }
        for (JsonValue value : container.getJsonArray("components")) {
            JsonObject component = value.asJsonObject();
            if ("text".equals(component.getString("type"))) {
                Matcher place = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*\\}\\}").matcher(component.getString("text"));
                while (place.find()) {
                    // The director's list of a distribution comes in parts (DistributionTable): each is safe as the whole.
                    if (!safe.contains(place.group(1).replaceFirst("^(distributionTable)\\d+$", "$1"))) {
                        problems.add(file.getFileName() + ": " + place.group(1) + " in a Markdown view");
                    }
                }
            }
            markdownPlaces(component, file, safe, problems);
        }
    }

    @Test
    void everyFormRefOfAModelNamesAFormThatExists() throws IOException {
        Set<String> formIds = new HashSet<>();
        for (Path file : files(".form")) {
            formIds.add(read(file).getString("id"));
        }
        for (Path model : files(".bpmn")) {
            Matcher ref = FORM_REF.matcher(Files.readString(model));
            while (ref.find()) {
                assertThat(formIds).as(model + " names form " + ref.group(1)).contains(ref.group(1));
            }
        }
    }

    /** docs/operations.md says how long each process's history is kept and why: the models must keep to it. */
    @Test
    void everyModelKeepsItsHistoryAsLongAsTheOperationsGuideSays() throws IOException {
        Map<String, Integer> documented = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-zA-Z]+`[^|]*?)+) \\| (\\d+) \\|").matcher(
                Files.readString(Path.of("docs/operations.md")));
        while (row.find()) {
            Matcher key = Pattern.compile("`([a-zA-Z]+)`").matcher(row.group(1));
            while (key.find()) {
                documented.put(key.group(1), Integer.parseInt(row.group(2)));
            }
        }
        Map<String, Integer> inModels = new HashMap<>();
        Matcher definition = Pattern.compile("<(?:bpmn:process|decision) id=\"([a-zA-Z]+)\"[^>]*?camunda:historyTimeToLive=\"(\\d+)\"",
                Pattern.DOTALL).matcher("");
        for (Path model : files("")) {
            if (model.toString().endsWith(".bpmn") || model.toString().endsWith(".dmn")) {
                definition.reset(Files.readString(model));
                while (definition.find()) {
                    inModels.put(definition.group(1), Integer.parseInt(definition.group(2)));
                }
            }
        }
        assertThat(inModels).as("historyTimeToLive of the models").hasSizeGreaterThan(10);
        assertThat(documented).as("the table of docs/operations.md").isEqualTo(inModels);
    }

    private static void collect(JsonObject container, List<String> ids, Path file) {
        if (!container.containsKey("components")) {
            return;
        }
        for (JsonValue value : container.getJsonArray("components")) {
            JsonObject component = value.asJsonObject();
            ids.add(component.getString("id"));
            String type = component.getString("type");
            if (!Set.of("text", "html", "group", "separator", "spacer").contains(type)) {
                assertThat(component.containsKey("key")).as(file + ": " + component.getString("id") + " has a key").isTrue();
            }
            collect(component, ids, file);
        }
    }

    private static JsonObject read(Path file) throws IOException {
        try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject();
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(MODELS)) {
            List<Path> found = walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("models in " + MODELS.toAbsolutePath()).isNotEmpty();
            return found;
        }
    }
}
