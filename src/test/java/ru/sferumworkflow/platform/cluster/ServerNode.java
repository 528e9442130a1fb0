package ru.sferumworkflow.platform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ru.sferumworkflow.platform.Scratch;

/**
 * One node of the application as production runs it (docs/operations.md «Без Docker»): the provisioned server of
 * target/server started by its own standalone.sh, with its own base folder, the built WAR in its deployments folder,
 * every setting from environment variables, and the JVM options of docker/compose.yaml. The tests start, kill (-9)
 * and start again such nodes; Arquillian's server is not involved.
 */
final class ServerNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int portOffset;
    private final Path baseDir;
    private final Map<String, String> environment;
    private Process process;

    private ServerNode(String name, int portOffset, Path baseDir, Map<String, String> environment) {
        this.name = name;
        this.portOffset = portOffset;
        this.baseDir = baseDir;
        this.environment = environment;
    }

    /** A fresh base folder (configuration of the provisioned server, the WAR to deploy) for a node of that name. */
    static ServerNode prepare(String name, int portOffset, Path baseDir, Map<String, String> environment) {
        try {
            Scratch.deleteRecursively(baseDir);
            Path standalone = jbossHome().resolve("standalone");
            copyRecursively(standalone.resolve("configuration"), baseDir.resolve("configuration"));
            Files.createDirectories(baseDir.resolve("deployments"));
            Files.copy(Path.of(System.getProperty("it.war")), baseDir.resolve("deployments").resolve("camunda.war"),
                    StandardCopyOption.REPLACE_EXISTING);
            return new ServerNode(name, portOffset, baseDir, environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    /** The application's address on this node, as {@code ServerTest.base} is for Arquillian's server. */
    URL base() {
        try {
            return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/camunda/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the node and waits until it is ready: the server up, the application deployed, engine and database fine. */
    void start(Duration limit) {
        List<String> command = List.of(jbossHome().resolve("bin").resolve("standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + portOffset);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        environment.forEach((variable, value) -> {
            if (value == null) {
                env.remove(variable);
            } else {
                env.put(variable, value);
            }
        });
        // The options of docker/compose.yaml: each node its own name and transaction node id.
        env.put("JAVA_OPTS", "-Xms512m -Xmx1g -XX:+ExitOnOutOfMemoryError -Djava.net.preferIPv4Stack=true"
                + " -Djboss.node.name=" + name + " -Djboss.tx.node.id=" + name);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (!isReady()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Узел " + name + " остановился при запуске, см. " + baseDir.resolve("console.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Узел " + name + " не готов за " + limit + ", см. " + baseDir.resolve("console.log"));
            }
            pause(500);
        }
    }

    boolean isReady() {
        return status("http://127.0.0.1:" + (9990 + portOffset) + "/health/ready") == 200
                && status(base() + "app/tasklist/default/") == 200;
    }

    /** kill -9 of the server's JVM: no shutdown hook, no commit, no goodbye. */
    void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        await(process, 30);
        process = null;
    }

    /** A normal stop (SIGTERM): WildFly shuts down in order. */
    void stop() {
        if (process == null) {
            return;
        }
        process.descendants().filter(child -> child.info().command().orElse("").endsWith("java"))
                .forEach(ProcessHandle::destroy);
        if (!await(process, 60)) {
            kill();
            return;
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The peak resident memory of the node's JVM in megabytes (VmHWM), for the report. */
    long peakMemoryMegabytes() {
        return process == null ? 0 : process.descendants().filter(child -> child.info().command().orElse("").endsWith("java"))
                .findFirst().map(java -> {
                    try {
                        return Files.readAllLines(Path.of("/proc", String.valueOf(java.pid()), "status")).stream()
                                .filter(line -> line.startsWith("VmHWM:")).findFirst()
                                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
                    } catch (IOException e) {
                        return 0L;
                    }
                }).orElse(0L);
    }

    private static boolean await(Process process, int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Path jbossHome() {
        return Path.of(System.getProperty("jboss.home"));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
