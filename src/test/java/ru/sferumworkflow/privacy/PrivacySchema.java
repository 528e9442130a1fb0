package ru.sferumworkflow.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The application's schema (its Flyway migrations) in an H2 database in memory, for the privacy tests. */
final class PrivacySchema {

    private PrivacySchema() {
    }

    static JdbcDataSource create(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").table("SFW_SCHEMA_HISTORY")
                .load().migrate();
        return database;
    }

    static void insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    static void person(Connection connection, String id, String role, String status, String name, String email,
            String phone) throws SQLException {
        insert(connection, "insert into SFW_PERSON (ID, VERSION, COLLEGE_ID, ROLE, EXTERNAL_KEY, FULL_NAME, SEARCH_NAME,"
                + " EMAIL, PHONE, STATUS, UPDATED_AT) values (?, 0, 'college', ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
                id, role, "key-" + id, name, name.toUpperCase(), email, phone, status);
    }
}
