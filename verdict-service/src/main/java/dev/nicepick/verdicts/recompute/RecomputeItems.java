package dev.nicepick.verdicts.recompute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What each replica did in a distributed recompute run, in the database the replicas share: one row per topic
 * and run, naming the replica that recomputed it.
 */
@Repository
class RecomputeItems {

    private final JdbcClient jdbc;

    RecomputeItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes the topic done in the run by {@code instance}; a redelivered command changes nothing. */
    void done(UUID runId, UUID topicId, String instance) {
        jdbc.sql("""
                        insert into recompute_item (run_id, topic_id, instance, done_at) values (:run, :topic, :instance, :at)
                        on conflict do nothing""")
                .param("run", runId)
                .param("topic", topicId)
                .param("instance", instance)
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }

    /** @return how many topics of the run are done, by any replica */
    int countDone(UUID runId) {
        return jdbc.sql("select count(*) from recompute_item where run_id = :run").param("run", runId).query(Integer.class).single();
    }

    /** @return topics done in the run per replica, by replica name */
    Map<String, Integer> byInstance(UUID runId) {
        Map<String, Integer> byInstance = new LinkedHashMap<>();
        jdbc.sql("select instance, count(*) as n from recompute_item where run_id = :run group by instance order by instance")
                .param("run", runId)
                .query((rs, n) -> byInstance.put(rs.getString("instance"), rs.getInt("n"))).list();
        return byInstance;
    }
}
