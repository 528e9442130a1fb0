package ru.sferumworkflow.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings our own tables to the version this build expects (scripts in db/migration), before anything
 * uses them. Camunda keeps its own tables itself; Flyway keeps its history in SFW_SCHEMA_HISTORY.
 */
final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("SFW_SCHEMA_HISTORY")
                // The schema is shared with Camunda's tables, which may be there before ours
                // (created by the engine or by a DBA from Camunda's scripts): start counting from 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info("Таблицы приложения: версия схемы " + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion)
                + ", применено миграций: " + result.migrationsExecuted);
    }
}
