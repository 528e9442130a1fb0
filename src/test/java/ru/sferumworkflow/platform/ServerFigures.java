package ru.sferumworkflow.platform;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a benchmark reports besides its own timings: the server's heap and resident memory, and the raw commit rate of
 * its database — the ceiling any workload's transactions per second are a fraction of.
 */
public final class ServerFigures {

    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"} (\\S+)$");

    private ServerFigures() {
    }

    /** The server's heap in use now, in MiB, from its metrics. */
    public static double heapMegabytes(URL base) {
        HttpResponse<String> metrics = WebappClient.anonymous(base).send("GET", "metrics", null, true,
                Map.of("Authorization", "Bearer " + OperationsIT.METRICS_TOKEN, "Accept", "text/plain"));
        Matcher heap = HEAP.matcher(metrics.body());
        return heap.find() ? Double.parseDouble(heap.group(1)) / (1024 * 1024) : Double.NaN;
    }

    /**
     * The heap that stays in use after a full collection, in MiB: what a workload left behind, not what the collector
     * has not yet reclaimed — the figure that shows whether repeated waves make the heap grow.
     */
    public static double heapAfterFullCollection(URL base) {
        ServerProfile.jcmd(ServerTest.serverProcess().orElseThrow().pid(), "GC.run");
        return heapMegabytes(base);
    }

    /** The server's resident memory now and at its peak (VmRSS, VmHWM), in MiB, read from /proc. */
    public static double[] residentMemory() throws IOException {
        Optional<ProcessHandle> server = ServerTest.serverProcess();
        if (server.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        String status = Files.readString(Path.of("/proc", String.valueOf(server.get().pid()), "status"));
        return new double[] {kibibytes(status, "VmRSS") / 1024, kibibytes(status, "VmHWM") / 1024};
    }

    /**
     * The space the server's database takes on disk, in MiB: the H2 file (H2 compacts it only when the database closes,
     * see configure-server.cli) or PostgreSQL's database.
     */
    public static double databaseMegabytes() throws IOException {
        if (!ServerTest.onPostgresql()) {
            return Files.size(Path.of(System.getProperty("it.baseDir"), "data", "sferum", "sferum.mv.db")) / (1024.0 * 1024);
        }
        try (Connection connection = ServerTest.serverDatabase(); Statement size = connection.createStatement();
                ResultSet result = size.executeQuery("select pg_database_size(current_database())")) {
            result.next();
            return result.getLong(1) / (1024.0 * 1024);
        } catch (SQLException e) {
            throw new IllegalStateException("Размер базы не измерен: " + e.getMessage(), e);
        }
    }

    /** Small transactions, one row each, on the server's own database: what the database can commit at most. */
    public static double rawCommitRate() {
        int commits = 2_000;
        try (Connection connection = ServerTest.serverDatabase()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table BENCHMARK_COMMIT (ID integer primary key, VAL varchar(40))");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into BENCHMARK_COMMIT values (?, ?)")) {
                for (int i = 0; i < commits; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "строка " + i);
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table BENCHMARK_COMMIT");
            }
            return commits / seconds;
        } catch (SQLException e) {
            throw new IllegalStateException("Предел базы не измерен: " + e.getMessage(), e);
        }
    }

    private static double kibibytes(String status, String field) {
        Matcher value = Pattern.compile("(?m)^" + field + ":\\s+(\\d+) kB").matcher(status);
        return value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
    }
}
