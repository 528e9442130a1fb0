package ru.sferumworkflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Flight Recorder recording of the server under test while a benchmark measures something (with
 * {@code -Dbenchmark.profile=true}), and what it shows: for the samples whose stack passes through a given method,
 * the share of them inside each method of the engine, the application, the ORM or the JDBC driver. That is where the
 * time of a slow reading goes — found on the server as it runs, without a profiler to install.
 */
public final class ServerProfile {

    private static final String[] OURS_AND_BELOW = {"org.camunda.", "ru.sferumworkflow.", "org.apache.ibatis.",
        "org.eclipse.persistence.", "org.h2.", "org.postgresql."};

    private final long pid;
    private final String name;

    private ServerProfile(long pid, String name) {
        this.pid = pid;
        this.name = name;
    }

    public static boolean wanted() {
        return Boolean.getBoolean("benchmark.profile");
    }

    /** Starts a recording (JFR's «profile» settings: a stack sample every 10 ms) of the server. */
    public static ServerProfile start(String name) {
        long pid = ServerTest.serverProcess().orElseThrow(() -> new IllegalStateException("Сервер под тестом не найден")).pid();
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile");
        return new ServerProfile(pid, name);
    }

    /**
     * Stops the recording, keeps it under target/benchmark, and returns the hottest methods on the way through
     * {@code through} (all the server's busy threads when empty).
     */
    public List<String> stop(String through, int top) {
        Path file = Path.of("target", "benchmark", name + ".jfr").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            jcmd(pid, "JFR.stop", "name=" + name, "filename=" + file);
            return hottest(file, through, top);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inclusive shares: each method is counted once per sample it is on (anywhere on the stack), over the samples that
     * pass through {@code through}.
     */
    static List<String> hottest(Path recording, String through, int top) throws IOException {
        Map<String, Integer> onStack = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            Set<String> methods = new LinkedHashSet<>();
            boolean relevant = false;
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                relevant |= method.contains(through);
                if (interesting(method)) {
                    methods.add(method);
                }
            }
            if (relevant) {
                samples++;
                methods.forEach(method -> onStack.merge(method, 1, Integer::sum));
            }
        }
        int total = samples;
        List<String> lines = new ArrayList<>();
        lines.add((through.isEmpty() ? "Выборок" : "Выборок через " + through) + ": " + total + " (по 10–20 мс).");
        onStack.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(entry -> lines.add(String.format("%5.1f %%  %s", 100.0 * entry.getValue() / total, entry.getKey())));
        return lines;
    }

    /** Our code and what it stands on, less the engine's command wrappers, which are on every engine stack. */
    private static boolean interesting(String method) {
        if (method.startsWith("org.camunda.bpm.engine.impl.interceptor.") || method.contains("$$Lambda")) {
            return false;
        }
        for (String prefix : OURS_AND_BELOW) {
            if (method.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static void jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
