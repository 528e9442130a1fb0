package ru.sferumworkflow.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Invitations sent before recipients had a place in the list keep the order their letters went out in (by id). */
class RecipientPositionMigrationTest {

    @Test
    void existingRecipientsAreNumberedInTheOrderTheyWereSentIn() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:recipient-position;DB_CLOSE_DELAY=-1");
        migrate(database, "18");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] row : new String[][] {{"c", "first"}, {"a", "first"}, {"b", "first"}, {"z", "second"}}) {
                statement.executeUpdate("insert into SFW_INVITATION_RECIPIENT (ID, VERSION, INVITATION_ID, PERSON_ID, STATUS)"
                        + " values ('" + row[0] + "', 0, '" + row[1] + "', 'p', 'SENT')");
            }
        }

        migrate(database, "latest");

        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select INVITATION_ID, LIST_POSITION, ID from SFW_INVITATION_RECIPIENT"
                        + " order by INVITATION_ID, LIST_POSITION")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getInt(2) + " " + result.getString(3));
            }
        }
        assertThat(rows).containsExactly("first 0 a", "first 1 b", "first 2 c", "second 0 z");
    }

    private static void migrate(JdbcDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").table("SFW_SCHEMA_HISTORY")
                .target(target).load().migrate();
    }
}
