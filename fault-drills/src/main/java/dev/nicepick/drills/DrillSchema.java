package dev.nicepick.drills;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * The drills' table, migrated with a history table of its own so its versions never collide with the migrations of
 * the service that uses it (as messaging's outbox does).
 */
final class DrillSchema {

    private DrillSchema() {
    }

    static DrillSchema migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .table("fault_drills_schema_history")
                .locations("classpath:db/fault-drills")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new DrillSchema();
    }
}
