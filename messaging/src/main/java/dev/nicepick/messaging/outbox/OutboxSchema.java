package dev.nicepick.messaging.outbox;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The outbox's tables, migrated with a history table of their own so their versions never collide
 * with the migrations of the service that uses them.
 */
public final class OutboxSchema {

    private OutboxSchema() {
    }

    static OutboxSchema migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .table("messaging_schema_history")
                .locations("classpath:db/messaging")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new OutboxSchema();
    }
}
