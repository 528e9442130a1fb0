package ru.sferumworkflow.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clean places for tests that start something of their own: a removed folder, a new PostgreSQL database. */
public final class Scratch {

    private Scratch() {
    }

    /** Removes the folder with everything in it; nothing happens if it is not there. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    /** An empty database of that name on the server the connection is to: dropped, whoever uses it, and created. */
    public static void freshPostgresqlDatabase(Connection server, String database) throws SQLException {
        try (Statement ddl = server.createStatement()) {
            ddl.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            ddl.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
