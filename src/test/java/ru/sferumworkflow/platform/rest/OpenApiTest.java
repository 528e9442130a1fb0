package ru.sferumworkflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import ru.sferumworkflow.chats.ChatKind;
import ru.sferumworkflow.chats.MembershipRole;
import ru.sferumworkflow.onboarding.OrderStatus;
import ru.sferumworkflow.roster.ImportKind;
import ru.sferumworkflow.roster.ImportStatus;
import ru.sferumworkflow.roster.MovementKind;
import ru.sferumworkflow.roster.PersonRole;
import ru.sferumworkflow.roster.PersonStatus;

/**
 * The REST API's description (served at /camunda/sferum/openapi.yaml) against the resources of
 * {@link RestApplication}: the same endpoints both ways, the same parameters, every view record field by field,
 * every enum value by value — so that an endpoint or a field changed without its description fails here.
 */
class OpenApiTest {

    static final java.nio.file.Path DOCUMENT = java.nio.file.Path.of("src/main/webapp/sferum/openapi.yaml");
    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(PersonRole.class, PersonStatus.class,
            MovementKind.class, ImportKind.class, ImportStatus.class, ChatKind.class, MembershipRole.class,
            OrderStatus.class);
    static final Pattern RUSSIAN = Pattern.compile("\\p{IsCyrillic}");

    static final Map<String, Object> OPENAPI = read();

    @Test
    void documentsExactlyTheEndpointsOfTheCode() {
        Set<String> inCode = endpoints().keySet();
        Set<String> documented = operations().keySet();
        List<String> problems = new ArrayList<>();
        minus(inCode, documented).forEach(endpoint -> problems.add(endpoint + " is served but not described"));
        minus(documented, inCode).forEach(endpoint -> problems.add(endpoint + " is described but nothing serves it"));
        assertThat(problems).as("endpoints of the code against the operations of " + DOCUMENT).isEmpty();
    }

    @Test
    void documentsTheParametersOfEveryEndpoint() {
        Map<String, Map<String, Object>> operations = operations();
        List<String> problems = new ArrayList<>();
        endpoints().forEach((endpoint, method) -> {
            if (operations.containsKey(endpoint)) {
                Set<String> inCode = parameters(method);
                Set<String> documented = documentedParameters(endpoint, operations.get(endpoint));
                if (!inCode.equals(documented)) {
                    problems.add(endpoint + ": the code takes " + inCode + ", the document lists " + documented);
                }
            }
        });
        assertThat(problems).as("parameters of the code against those of " + DOCUMENT).isEmpty();
    }

    /** Records are found through the methods' signatures; one only ever wrapped in a Response is not seen. */
    @Test
    void describesEveryViewRecordFieldByField() {
        Map<String, Object> schemas = map(map(OPENAPI.get("components")).get("schemas"));
        Map<String, Type> records = new TreeMap<>();
        for (Method method : endpoints().values()) {
            collectRecords(method.getGenericReturnType(), records);
            Arrays.stream(method.getParameters()).filter(OpenApiTest::isBody)
                    .forEach(body -> collectRecords(body.getParameterizedType(), records));
        }
        assertThat(records).as("records the API shows").containsKeys("PersonView", "ImportView", "MovementRequest");
        List<String> problems = new ArrayList<>();
        records.forEach((name, type) -> {
            Map<String, Object> properties = map(map(schemas.get(name)).get("properties"));
            if (properties.isEmpty()) {
                problems.add("no schema " + name + " with properties for " + type.getTypeName());
                return;
            }
            Class<?> raw = raw(type);
            Map<TypeVariable<?>, Type> bindings = bindings(type);
            Set<String> components = Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!components.equals(new TreeSet<>(properties.keySet()))) {
                problems.add(name + ": the record has " + components + ", the schema "
                        + new TreeSet<>(properties.keySet()));
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                if (properties.containsKey(component.getName())) {
                    String expected = expectedType(component.getGenericType(), bindings);
                    String documented = documentedType(map(properties.get(component.getName())), schemas);
                    if (!expected.equals(documented)) {
                        problems.add(name + "." + component.getName() + ": " + expected + " in code, " + documented
                                + " in the document");
                    }
                }
            }
        });
        assertThat(problems).as("view records against the schemas of " + DOCUMENT).isEmpty();
    }

    @Test
    void listsTheValuesOfEveryEnum() {
        Map<String, Object> schemas = map(map(OPENAPI.get("components")).get("schemas"));
        for (Class<? extends Enum<?>> type : ENUMS) {
            List<String> values = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            assertThat(schemas).as("schema of " + type.getName()).containsKey(type.getSimpleName());
            assertThat(map(schemas.get(type.getSimpleName())).get("enum")).as(type.getSimpleName() + " values")
                    .isEqualTo(values);
        }
        Set<String> documentedEnums = schemas.entrySet().stream()
                .filter(schema -> map(schema.getValue()).containsKey("enum"))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(documentedEnums).as("enums of the document, each checked against its Java enum in ENUMS")
                .isEqualTo(ENUMS.stream().map(Class::getSimpleName).collect(Collectors.toSet()));
    }

    @Test
    void pointsAtTheRestServlet() {
        assertThat(OPENAPI.get("openapi")).isEqualTo("3.0.3");
        List<Object> servers = list(OPENAPI.get("servers"));
        assertThat(servers).hasSize(1);
        assertThat(map(servers.get(0)).get("url")).isEqualTo("/camunda" + RestServletRegistration.PREFIX);
    }

    @Test
    void saysInRussianWhoMayCallEachOperationAndWhatEachFieldIs() {
        List<String> problems = new ArrayList<>();
        operations().forEach((operation, body) -> {
            if (!russian(body.get("description")) || !String.valueOf(body.get("description")).contains("Доступ:")) {
                problems.add(operation + ": no description in Russian with «Доступ: …» (who may call it)");
            }
            boolean changes = !operation.startsWith("GET ");
            List<Object> security = list(body.getOrDefault("security", OPENAPI.get("security")));
            if (changes && security.stream().noneMatch(requirement -> map(requirement).containsKey("xsrf"))) {
                problems.add(operation + ": changes data but does not ask for the X-XSRF-TOKEN header (xsrf)");
            }
        });
        Map<String, Object> schemas = map(map(OPENAPI.get("components")).get("schemas"));
        schemas.forEach((name, schema) -> {
            if (!russian(map(schema).get("description"))) {
                problems.add("schema " + name + ": no description in Russian");
            }
            map(map(schema).getOrDefault("properties", Map.of())).forEach((property, value) -> {
                Map<String, Object> field = map(value);
                Object described = field.containsKey("$ref") ? map(resolve(field.get("$ref"))).get("description")
                        : field.get("description");
                if (!russian(described)) {
                    problems.add("schema " + name + "." + property + ": no description in Russian");
                }
            });
        });
        collectReferences(OPENAPI).stream().filter(reference -> resolve(reference) == null)
                .forEach(reference -> problems.add("reference to nothing: " + reference));
        assertThat(problems).as("descriptions and references of " + DOCUMENT).isEmpty();
    }

    /** "POST /roster/movements" → the resource method serving it. */
    static Map<String, Method> endpoints() {
        Map<String, Method> endpoints = new TreeMap<>();
        for (Class<?> type : new RestApplication().getClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue; // a provider, such as ApiErrors
            }
            for (Method method : type.getMethods()) {
                if (method.isBridge()) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String httpMethod = Arrays.stream(method.getAnnotations())
                        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                        .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                if (httpMethod == null) {
                    assertThat(methodPath).as(type.getSimpleName() + "." + method.getName()
                            + " is a sub-resource locator, which this test does not follow").isNull();
                    continue;
                }
                String endpoint = httpMethod + " "
                        + path(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
                assertThat(endpoints.put(endpoint, method)).as(endpoint + " served twice").isNull();
            }
        }
        return endpoints;
    }

    /** "/roster//persons/{id: [0-9a-f-]+}/" → "/roster/persons/{id}". */
    static String path(String template) {
        StringBuilder path = new StringBuilder();
        StringBuilder variable = new StringBuilder();
        int depth = 0;
        for (char c : ("/" + template).toCharArray()) {
            if (c == '{' && depth++ == 0) {
                variable.setLength(0);
            } else if (c == '}' && --depth == 0) {
                path.append('{').append(variable.toString().split(":")[0].trim()).append('}');
            } else {
                (depth == 0 ? path : variable).append(c);
            }
        }
        String normalized = path.toString().replaceAll("/+", "/");
        return normalized.length() > 1 && normalized.endsWith("/")
                ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    /** "POST /roster/movements" → its operation object in the document. */
    static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        map(OPENAPI.get("paths")).forEach((path, item) -> map(item).forEach((key, operation) -> {
            if (HTTP_METHODS.contains(key)) {
                operations.put(key.toUpperCase() + " " + path, map(operation));
            }
        }));
        return operations;
    }

    /** "query page", "path id", … as the resource method takes them. */
    static Set<String> parameters(Method method) {
        Set<String> parameters = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                if (annotation instanceof PathParam path) {
                    parameters.add("path " + path.value());
                } else if (annotation instanceof QueryParam query) {
                    parameters.add("query " + query.value());
                } else if (annotation instanceof HeaderParam header) {
                    parameters.add("header " + header.value());
                } else if (annotation instanceof CookieParam cookie) {
                    parameters.add("cookie " + cookie.value());
                }
            }
        }
        return parameters;
    }

    static Set<String> documentedParameters(String endpoint, Map<String, Object> operation) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        Map<String, Object> pathItem = map(map(OPENAPI.get("paths")).get(path));
        List<Object> all = new ArrayList<>(list(pathItem.getOrDefault("parameters", List.of())));
        all.addAll(list(operation.getOrDefault("parameters", List.of())));
        return all.stream().map(OpenApiTest::map)
                .map(parameter -> parameter.containsKey("$ref") ? map(resolve(parameter.get("$ref"))) : parameter)
                .map(parameter -> parameter.get("in") + " " + parameter.get("name"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The request body: a parameter without any JAX-RS annotation. */
    static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .noneMatch(annotation -> annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }

    /** Every record reachable from the type, under its schema name: PageView<PersonView> is PageViewOfPersonView. */
    static void collectRecords(Type type, Map<String, Type> records) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments())
                    .forEach(argument -> collectRecords(argument, records));
        }
        Class<?> raw = raw(type);
        if (raw == null || !raw.isRecord()) {
            return;
        }
        Type known = records.putIfAbsent(schemaName(type), type);
        assertThat(known == null || known.equals(type)).as(type + " and " + known + " want one schema name").isTrue();
        if (known == null) {
            Map<TypeVariable<?>, Type> bindings = bindings(type);
            for (RecordComponent component : raw.getRecordComponents()) {
                Type componentType = component.getGenericType();
                collectRecords(componentType instanceof TypeVariable<?> variable
                        ? bindings.get(variable) : componentType, records);
            }
        }
    }

    static String schemaName(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return raw(type).getSimpleName() + "Of" + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(OpenApiTest::schemaName).collect(Collectors.joining("And"));
        }
        return raw(type).getSimpleName();
    }

    /** The OpenAPI type a Java type is written as: "string", "array of $ref PersonView", … */
    static String expectedType(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return expectedType(bindings.get(variable), bindings);
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return "a type this test does not know: " + type.getTypeName();
        } else if (raw == String.class || raw.isEnum()) {
            return "string";
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        } else if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        } else if (raw == double.class || raw == Double.class) {
            return "number";
        } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType parameterized) {
            return "array of " + expectedType(parameterized.getActualTypeArguments()[0], bindings);
        } else if (raw.isRecord()) {
            return "$ref " + schemaName(type);
        }
        return "a type this test does not know: " + type.getTypeName();
    }

    /** The same for a property of the document; a reference to an enum of strings counts as "string". */
    static String documentedType(Map<String, Object> property, Map<String, Object> schemas) {
        Object reference = property.get("$ref");
        List<Object> allOf = list(property.getOrDefault("allOf", List.of()));
        if (reference == null && allOf.size() == 1) {
            reference = map(allOf.get(0)).get("$ref");
        }
        if (reference != null) {
            String name = String.valueOf(reference).replace("#/components/schemas/", "");
            return "string".equals(map(schemas.getOrDefault(name, Map.of())).get("type")) ? "string" : "$ref " + name;
        }
        if ("array".equals(property.get("type"))) {
            return "array of " + documentedType(map(property.get("items")), schemas);
        }
        return String.valueOf(property.get("type"));
    }

    static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return type instanceof Class<?> plain ? plain : null;
    }

    static Map<TypeVariable<?>, Type> bindings(Type type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw(type).getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], parameterized.getActualTypeArguments()[i]);
            }
        }
        return bindings;
    }

    /** "#/components/schemas/PersonView" → that object of the document, or null. */
    static Object resolve(Object reference) {
        String pointer = String.valueOf(reference);
        if (!pointer.startsWith("#/")) {
            return null;
        }
        Object node = OPENAPI;
        for (String step : pointer.substring(2).split("/")) {
            node = node instanceof Map<?, ?> object ? object.get(step.replace("~1", "/").replace("~0", "~")) : null;
        }
        return node;
    }

    static List<String> collectReferences(Object node) {
        List<String> references = new ArrayList<>();
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    references.add(String.valueOf(value));
                } else {
                    references.addAll(collectReferences(value));
                }
            });
        } else if (node instanceof List<?> array) {
            array.forEach(item -> references.addAll(collectReferences(item)));
        }
        return references;
    }

    static boolean russian(Object text) {
        return text instanceof String string && RUSSIAN.matcher(string).find();
    }

    static Set<String> minus(Set<String> from, Set<String> taken) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(taken);
        return rest;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }

    private static Map<String, Object> read() {
        try (Reader reader = Files.newBufferedReader(DOCUMENT, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + DOCUMENT, e);
        }
    }
}
