package ru.sferumworkflow.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.BenchmarkReport;
import ru.sferumworkflow.platform.ServerFigures;
import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * The roster import at a college's full size, against the provisioned server over HTTP: 200 staff, the groups,
 * 3,000 students with two parents each (6,000 parents); then the same files again (nothing changes). Prints the
 * time of each upload and the server's peak memory, and writes them to target/benchmark/roster-import-*.md and .json.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=RosterImportBenchmark} (sizes: -Dbenchmark.students=10000 -Dbenchmark.staff=200).
 */
class RosterImportBenchmark extends ServerTest {

    private static final int STUDENTS = Integer.getInteger("benchmark.students", 3000);
    private static final int STAFF = Integer.getInteger("benchmark.staff", 200);
    private static final CollegeFiles COLLEGE = CollegeFiles.ROSTER_IMPORT;

    @Test
    void aCollegeOfThreeThousandStudentsWithParentsAndStaff() throws IOException {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        int groups = CollegeFiles.groupCount(STUDENTS);
        double rssBefore = ServerFigures.residentMemory()[0];
        List<Upload> uploads = List.of(upload(admin, "STAFF", "Сотрудники", COLLEGE.staff(STAFF), STAFF),
                upload(admin, "GROUPS", "Группы", COLLEGE.groups(groups, STAFF), groups),
                upload(admin, "STUDENTS", "Обучающиеся и родители", COLLEGE.students(STUDENTS), STUDENTS));
        double[] rssAfter = ServerFigures.residentMemory();

        List<String> report = new ArrayList<>();
        report.add("# Загрузка списков: " + STAFF + " сотрудников, " + groups + " групп, " + STUDENTS
                + " обучающихся и " + 2 * STUDENTS + " родителей");
        report.add("");
        report.add("База данных: " + BenchmarkReport.database() + "; сервер: -Xmx1g.");
        report.add("");
        report.add("| файл | строк | первая загрузка, с | повторная (без изменений), с |");
        report.add("|---|---:|---:|---:|");
        JsonArrayBuilder figures = Json.createArrayBuilder();
        for (Upload upload : uploads) {
            report.add("| " + upload.title() + " | " + upload.lines() + " | " + String.format("%.1f", upload.firstSeconds())
                    + " | " + String.format("%.1f", upload.againSeconds()) + " |");
            figures.add(Json.createObjectBuilder().add("file", upload.kind()).add("lines", upload.lines())
                    .add("firstSeconds", upload.firstSeconds()).add("againSeconds", upload.againSeconds()));
        }
        report.add("");
        report.add(String.format("Память сервера (RSS): до загрузок %.0f МиБ, пик %.0f МиБ, после %.0f МиБ.", rssBefore,
                rssAfter[1], rssAfter[0]));
        JsonObjectBuilder json = Json.createObjectBuilder().add("database", BenchmarkReport.database());
        BenchmarkReport.figure(json, "rssBeforeMiB", rssBefore);
        BenchmarkReport.figure(json, "peakRssMiB", rssAfter[1]);
        BenchmarkReport.figure(json, "rssAfterMiB", rssAfter[0]);
        BenchmarkReport.write("roster-import", String.join("\n", report) + "\n", json.add("uploads", figures).build());
    }

    /** One file, loaded twice: first it creates every line, then it changes nothing. */
    private record Upload(String kind, String title, int lines, double firstSeconds, double againSeconds) {
    }

    private Upload upload(WebappClient admin, String kind, String title, String file, int lines) {
        byte[] content = file.getBytes(StandardCharsets.UTF_8);
        double first = timedUpload(admin, kind, content, lines, false);
        double again = timedUpload(admin, kind, content, lines, true);
        return new Upload(kind, title, lines, first, again);
    }

    private double timedUpload(WebappClient admin, String kind, byte[] content, int lines, boolean unchanged) {
        long start = System.nanoTime();
        JsonObject done = RosterUploads.upload(admin, kind, content, Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = done.toString();
        assertThat(done.getString("status")).as(report.substring(0, Math.min(2000, report.length()))).isEqualTo("DONE");
        assertThat(unchanged ? done.getInt("unchanged") : done.getInt("created")).isEqualTo(lines);
        return seconds;
    }
}
