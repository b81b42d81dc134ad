package dev.nicepick.lag;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The lag's table, migrated from {@code classpath:db/lag} with a history table of its own ({@code lag_schema_history}),
 * so its versions never collide with the migrations of the service that uses it (as the outbox's do).
 */
public final class LagSchema {

    private LagSchema() {
    }

    static LagSchema migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .table("lag_schema_history")
                .locations("classpath:db/lag")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new LagSchema();
    }
}
