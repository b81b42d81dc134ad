package dev.nicepick.verdicts.experiment;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The experiments in the database the replicas share: the one running (at most one, the unique index decides),
 * the finished ones, and the units of distributed runs noted by the replica that computed each.
 */
@Repository
class Experiments {

    private static final TypeReference<Map<String, Integer>> BY_INSTANCE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Experiments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Claims the one running slot for a new run. A run left 'running' past its deadline (its coordinator stopped) is
     * abandoned first, so it cannot block the lab for ever.
     *
     * @return false when another run holds the slot
     */
    boolean start(UUID id, String mode, Integer threads, int passes, int topics, int cores, Instant startedAt, Instant deadline) {
        jdbc.sql("update experiment set status = 'abandoned' where status = 'running' and deadline_at < :now")
                .param("now", Timestamp.from(startedAt))
                .update();
        try {
            jdbc.sql("""
                            insert into experiment (id, mode, threads, passes, topics, units, status, started_at, deadline_at, cores)
                            values (:id, :mode, :threads, :passes, :topics, :units, 'running', :startedAt, :deadline, :cores)""")
                    .param("id", id)
                    .param("mode", mode)
                    .param("threads", threads)
                    .param("passes", passes)
                    .param("topics", topics)
                    .param("units", topics * passes)
                    .param("startedAt", Timestamp.from(startedAt))
                    .param("deadline", Timestamp.from(deadline))
                    .param("cores", cores)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** @return when the run that holds the running slot started; empty when none does */
    Optional<Instant> runningSince() {
        return jdbc.sql("select started_at from experiment where status = 'running'")
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Keeps the run's figures and frees the running slot. */
    void finish(Experiment done) {
        jdbc.sql("""
                        update experiment set status = 'done', replicas = :replicas, duration_ms = :durationMs,
                            units_per_second = :perSecond, by_instance = cast(:byInstance as jsonb), overhead_per_topic_ms = :overhead
                        where id = :id""")
                .param("id", done.id())
                .param("replicas", done.replicas())
                .param("durationMs", done.durationMs())
                .param("perSecond", done.unitsPerSecond())
                .param("byInstance", json.writeValueAsString(done.byInstance()))
                .param("overhead", done.overheadPerTopicMs())
                .update();
    }

    /** Frees the running slot of a run that did not finish; it is never listed. */
    void abandon(UUID id) {
        jdbc.sql("update experiment set status = 'abandoned' where id = :id and status = 'running'").param("id", id).update();
    }

    /** @return finished runs, newest first */
    List<Experiment> newest(int limit) {
        return jdbc.sql("select * from experiment where status = 'done' order by started_at desc, id limit :limit")
                .param("limit", limit)
                .query(this::row).list();
    }

    /** @return ms per unit of the latest finished local run on one thread over {@code topics} topics */
    Optional<Double> localOneThreadMsPerUnit(int topics) {
        return jdbc.sql("""
                        select duration_ms::double precision / units from experiment
                        where status = 'done' and mode = 'local' and threads = 1 and topics = :topics
                        order by started_at desc limit 1""")
                .param("topics", topics)
                .query(Double.class).optional();
    }

    /** Notes one unit of a distributed run as computed by {@code instance}; a redelivered command notes nothing. */
    void unitDone(UUID experimentId, UUID topicId, int pass, String instance) {
        jdbc.sql("""
                        insert into experiment_unit (experiment_id, topic_id, pass, instance) values (:id, :topic, :pass, :instance)
                        on conflict do nothing""")
                .param("id", experimentId)
                .param("topic", topicId)
                .param("pass", pass)
                .param("instance", instance)
                .update();
    }

    int unitsDone(UUID experimentId) {
        return jdbc.sql("select count(*) from experiment_unit where experiment_id = :id").param("id", experimentId)
                .query(Integer.class).single();
    }

    /** @return units of the run per instance, by instance name */
    Map<String, Integer> unitsByInstance(UUID experimentId) {
        Map<String, Integer> byInstance = new LinkedHashMap<>();
        jdbc.sql("select instance, count(*) as n from experiment_unit where experiment_id = :id group by instance order by instance")
                .param("id", experimentId)
                .query((rs, n) -> byInstance.put(rs.getString("instance"), rs.getInt("n"))).list();
        return byInstance;
    }

    private Experiment row(ResultSet rs, int n) throws SQLException {
        return new Experiment(rs.getObject("id", UUID.class), rs.getString("mode"), rs.getObject("threads", Integer.class),
                rs.getInt("replicas"), rs.getInt("topics"), rs.getInt("passes"), rs.getInt("units"), rs.getLong("duration_ms"),
                rs.getDouble("units_per_second"), json.readValue(rs.getString("by_instance"), BY_INSTANCE), rs.getInt("cores"),
                rs.getObject("overhead_per_topic_ms", Double.class), rs.getTimestamp("started_at").toInstant());
    }
}
