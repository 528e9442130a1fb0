package ru.sferumworkflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A benchmark's report: printed, and kept as target/benchmark/{name}-{h2|postgresql}.md for people and .json (the same
 * figures) for whatever compares runs.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void write(String name, String markdown, JsonObject figures) {
        System.out.println(markdown);
        String file = name + "-" + (ServerTest.onPostgresql() ? "postgresql" : "h2");
        Path folder = Path.of("target", "benchmark");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(file + ".md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(file + ".json"), figures.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database the server under test runs on, as the reports name it. */
    public static String database() {
        return ServerTest.onPostgresql() ? "PostgreSQL" : "H2 (файл)";
    }

    /**
     * How many due jobs the server and the bare engine take from the database at a time. The server started by the
     * tests inherits this JVM's environment, so SFERUM_JOB_ACQUISITION_SIZE here is the server's too.
     */
    public static String jobAcquisition() {
        return "задания берутся из базы по " + serverJobAcquisitionSize() + " на сервере и по " + bareJobAcquisitionSize()
                + " у голого движка";
    }

    /** The same two numbers for the JSON report. */
    public static JsonObjectBuilder withJobAcquisition(JsonObjectBuilder json) {
        return json.add("serverJobAcquisitionSize", serverJobAcquisitionSize())
                .add("bareJobAcquisitionSize", bareJobAcquisitionSize());
    }

    private static int serverJobAcquisitionSize() {
        return Settings.JOB_ACQUISITION_SIZE.positiveInt();
    }

    /** The engine's own 3, unless -Dbenchmark.bareJobAcquisitionSize says otherwise (TestProcessEngine.bare). */
    static int bareJobAcquisitionSize() {
        return Integer.getInteger("benchmark.bareJobAcquisitionSize", 3);
    }

    /** A figure, or null when it could not be read (JSON has no NaN). */
    public static void figure(JsonObjectBuilder json, String name, double value) {
        if (Double.isFinite(value)) {
            json.add(name, value);
        } else {
            json.addNull(name);
        }
    }
}
