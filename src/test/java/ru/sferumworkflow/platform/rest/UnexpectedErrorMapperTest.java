package ru.sferumworkflow.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/**
 * A failure nobody foresaw reaches the caller as a Russian 500 with a reference, and neither the caller nor the log
 * sees the database's message, which on PostgreSQL quotes the values of a violated key. (The mapper's responses
 * need the server's JAX-RS; its answer to a failing request is seen in the ITs.)
 */
class UnexpectedErrorMapperTest {

    static final String LEAK = "Key (email)=(ivanova@mail.ru) already exists";

    @Test
    void theCallerGetsARussianMessageWithAReference() {
        assertThat(UnexpectedErrorMapper.message("25d32c1e")).isEqualTo("Сбой сервера: ничего не сохранено. Повторите "
                + "позже; если не поможет, сообщите системному администратору код 25d32c1e.");
    }

    @Test
    void theLogGetsTheClassesAndTheSqlStateOnly() {
        String chain = UnexpectedErrorMapper.chain(new PersistenceException(LEAK, new SQLException(LEAK, "23505")));
        assertThat(chain).contains("jakarta.persistence.PersistenceException", "java.sql.SQLException (SQLState 23505)")
                .doesNotContain("ivanova");
    }

    @Test
    void aBodyThatIsNotTheJsonAskedForIsTheCallersMistake() {
        assertThat(UnexpectedErrorMapper.isUnreadableBody(new RuntimeException(new jakarta.json.bind.JsonbException("x"))))
                .isTrue();
        assertThat(UnexpectedErrorMapper.isUnreadableBody(new PersistenceException("x"))).isFalse();
    }
}
