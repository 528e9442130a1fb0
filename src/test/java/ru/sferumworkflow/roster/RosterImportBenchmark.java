package ru.sferumworkflow.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.ServerTest;
import ru.sferumworkflow.platform.WebappClient;

/**
 * The roster import at a college's full size, against the provisioned server over HTTP: 200 staff, the groups,
 * 3,000 students with two parents each (6,000 parents); then the same files again (nothing changes). Prints the
 * time of each upload and the server's peak memory, and writes them to target/benchmark/roster-import.md.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=RosterImportBenchmark} (sizes: -Dbenchmark.students=10000 -Dbenchmark.staff=200).
 */
class RosterImportBenchmark extends ServerTest {

    private static final int STUDENTS = Integer.getInteger("benchmark.students", 3000);
    private static final int STAFF = Integer.getInteger("benchmark.staff", 200);

    @Test
    void aCollegeOfThreeThousandStudentsWithParentsAndStaff() throws IOException {
        WebappClient admin = WebappClient.loggedIn(base, "sferum-admin");
        int groups = CollegeFiles.groupCount(STUDENTS);
        List<String> report = new ArrayList<>();
        report.add("# Загрузка списков: " + STAFF + " сотрудников, " + groups + " групп, " + STUDENTS
                + " обучающихся и " + 2 * STUDENTS + " родителей");
        report.add("");
        report.add("База данных: " + (!onPostgresql() ? "H2 (файл)" : "PostgreSQL") + "; сервер: -Xmx1g.");
        report.add("");
        report.add("| файл | строк | первая загрузка, с | повторная (без изменений), с |");
        report.add("|---|---:|---:|---:|");
        long rssBefore = serverMemoryKb("VmRSS");

        report.add(row(admin, "STAFF", "Сотрудники", CollegeFiles.staff(STAFF), STAFF));
        report.add(row(admin, "GROUPS", "Группы", CollegeFiles.groups(groups, STAFF), groups));
        report.add(row(admin, "STUDENTS", "Обучающиеся и родители", CollegeFiles.students(STUDENTS), STUDENTS));

        report.add("");
        report.add("Память сервера (RSS): до загрузок " + rssBefore / 1024 + " МБ, пик " + serverMemoryKb("VmHWM") / 1024
                + " МБ, после " + serverMemoryKb("VmRSS") / 1024 + " МБ.");
        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        Path out = Path.of("target", "benchmark", "roster-import"
                + (!onPostgresql() ? "-h2" : "-postgresql") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private String row(WebappClient admin, String kind, String title, String file, int lines) {
        byte[] content = file.getBytes(StandardCharsets.UTF_8);
        double first = timedUpload(admin, kind, content, lines, false);
        double again = timedUpload(admin, kind, content, lines, true);
        return "| " + title + " | " + lines + " | " + String.format("%.1f", first) + " | " + String.format("%.1f", again) + " |";
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

    /** A line of /proc/<pid>/status of the server this test runs against (VmHWM is the peak resident size). */
    static long serverMemoryKb(String field) throws IOException {
        Optional<ProcessHandle> server = serverProcess();
        if (server.isPresent()) {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.get().pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        return -1;
    }
}
