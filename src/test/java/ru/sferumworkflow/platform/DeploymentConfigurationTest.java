package ru.sferumworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files and the application cannot drift apart (no Docker engine runs here to try them): the compose
 * file, the Dockerfile and the .env example set only variables the application or its server reads, the application
 * nodes get every variable production needs, and docs/operations.md documents every variable there is.
 */
class DeploymentConfigurationTest {

    /** Read by the server's start script, not by the application. */
    static final Set<String> SERVER_VARIABLES = Set.of("JAVA_OPTS");

    /** What a node on PostgreSQL with real mail cannot do without. */
    static final Set<String> PRODUCTION_VARIABLES = Set.of("SFERUM_DB_DRIVER", "SFERUM_DB_URL", "SFERUM_DB_USER",
            "SFERUM_DB_PASSWORD", "SFERUM_SMTP_HOST", "SFERUM_SMTP_PORT", "SFERUM_MAIL_FROM", "SFERUM_PUBLIC_URL",
            "SFERUM_OPERATOR_PASSWORD", "SFERUM_COLLEGE_ID");

    static final Pattern CLI_VARIABLE = Pattern.compile("\\$\\{env\\.([A-Z0-9_]+)");
    static final Pattern ENV_LINE = Pattern.compile("^ENV\\s+([A-Z0-9_]+)=", Pattern.MULTILINE);
    static final Pattern DOTENV_LINE = Pattern.compile("^([A-Z0-9_]+)=", Pattern.MULTILINE);

    /** Every variable the application (Settings) and its server configuration (the CLI script) read. */
    static Set<String> applicationVariables() throws IOException {
        Set<String> variables = Arrays.stream(Settings.values()).map(Settings::environmentVariable)
                .collect(Collectors.toCollection(TreeSet::new));
        Matcher cli = CLI_VARIABLE.matcher(Files.readString(Path.of("src/main/wildfly/configure-server.cli")));
        while (cli.find()) {
            variables.add(cli.group(1));
        }
        return variables;
    }

    @Test
    void theApplicationNodesOfTheComposeFileSetOnlyKnownVariablesAndEveryOneProductionNeeds() throws IOException {
        Set<String> known = new TreeSet<>(applicationVariables());
        known.addAll(SERVER_VARIABLES);
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker/compose.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Set<String> nodes = services.entrySet().stream()
                .filter(service -> String.valueOf(service.getValue().get("image")).startsWith("sferum-workflow"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(nodes).as("application nodes").hasSizeGreaterThanOrEqualTo(2);
        for (String node : nodes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = new HashMap<>((Map<String, Object>) services.get(node).get("environment"));
            assertThat(known).as(node + ": variables nobody reads").containsAll(environment.keySet());
            assertThat(environment.keySet()).as(node + ": production needs").containsAll(PRODUCTION_VARIABLES);
            assertThat(String.valueOf(environment.get("SFERUM_DB_DRIVER"))).isEqualTo("postgresql");
        }
    }

    @Test
    void theDockerfileAndTheEnvExampleSetOnlyKnownVariables() throws IOException {
        Set<String> known = new TreeSet<>(applicationVariables());
        known.addAll(SERVER_VARIABLES);
        assertThat(known).as("Dockerfile ENV").containsAll(names(ENV_LINE, Path.of("docker/Dockerfile")));
        assertThat(known).as(".env.example").containsAll(names(DOTENV_LINE, Path.of("docker/.env.example")));
    }

    @Test
    void theOperationsGuideDocumentsEveryVariable() throws IOException {
        String guide = Files.readString(Path.of("docs/operations.md"));
        assertThat(applicationVariables()).allSatisfy(variable ->
                assertThat(guide).as("docs/operations.md").contains("`" + variable + "`"));
    }

    private static Set<String> names(Pattern pattern, Path file) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
