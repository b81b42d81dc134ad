package dev.nicepick.drills;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Drills in the service's database. Every time is the database's clock, so replicas agree on what runs. A drill is
 * running while {@code ended_at} is null and {@code ends_at} has not passed; a row left open by an instance that went
 * away reads as ended at {@code ends_at}, and is closed before the next drill starts.
 */
class DrillStore {

    private static final String COLUMNS = """
            id, service, instance, fault, seconds, started_at, ends_at,
            coalesce(ended_at, CASE WHEN ends_at <= clock_timestamp() THEN ends_at END) AS ended,
            CASE WHEN ended_at IS NULL AND ends_at > clock_timestamp() THEN 'RUNNING'
                 WHEN ended_at < ends_at THEN 'STOPPED'
                 ELSE 'ENDED' END AS status""";

    private final JdbcClient jdbc;

    DrillStore(DrillSchema schema, JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a drill now, unless one is open on the service.
     *
     * @throws org.springframework.dao.DuplicateKeyException when one is (the unique index on open drills decides)
     */
    Drill start(String service, String instance, Fault fault, int seconds) {
        jdbc.sql("UPDATE fault_drill SET ended_at = ends_at WHERE service = ? AND ended_at IS NULL AND ends_at <= clock_timestamp()")
                .param(service).update();
        return jdbc.sql("""
                        INSERT INTO fault_drill (id, service, instance, fault, seconds, started_at, ends_at)
                        VALUES (?, ?, ?, ?, ?, clock_timestamp(), clock_timestamp() + make_interval(secs => ?))
                        RETURNING\s""" + COLUMNS)
                .params(UUID.randomUUID(), service, instance, fault.json(), seconds, seconds)
                .query(DrillStore::drill).single();
    }

    /** Stops the service's running drill now, if one runs; it then reads as stopped. */
    Optional<Drill> stopRunning(String service) {
        return jdbc.sql("UPDATE fault_drill SET ended_at = clock_timestamp() "
                        + "WHERE service = ? AND ended_at IS NULL AND ends_at > clock_timestamp() RETURNING " + COLUMNS)
                .param(service).query(DrillStore::drill).optional();
    }

    /** Records the end of a drill whose {@code ends_at} has passed and that nobody stopped; then reads it. */
    Optional<Drill> endIfDue(UUID id) {
        jdbc.sql("UPDATE fault_drill SET ended_at = clock_timestamp() WHERE id = ? AND ended_at IS NULL AND ends_at <= clock_timestamp()")
                .param(id).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM fault_drill WHERE id = ?").param(id).query(DrillStore::drill).optional();
    }

    /** The service's newest drill, running or not. */
    Optional<Drill> newest(String service) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM fault_drill WHERE service = ? ORDER BY started_at DESC LIMIT 1")
                .param(service).query(DrillStore::drill).optional();
    }

    private static Drill drill(ResultSet row, int number) throws SQLException {
        return new Drill(row.getObject("id", UUID.class), row.getString("service"), row.getString("instance"),
                Fault.valueOf(row.getString("fault").toUpperCase(Locale.ROOT)), row.getInt("seconds"),
                instant(row, "started_at"), instant(row, "ends_at"), instant(row, "ended"),
                DrillStatus.valueOf(row.getString("status")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
